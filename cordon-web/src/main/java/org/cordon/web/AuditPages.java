package org.cordon.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.store.AuditHead;
import org.cordon.store.AuditLog;
import org.cordon.store.AuditRecord;
import org.cordon.store.ChainVerification;
import org.cordon.store.Database;

/** The audit trail, newest first, filtered by action, actor or subject, with the hash chain's verification. */
public final class AuditPages {

    /** How many of the newest records a filter looks through. */
    static final int WINDOW = 2000;
    static final int SHOWN = 200;

    private final AuditLog audit;
    private final Views views;

    public record AuditPage(Chrome chrome, Form form, ChainVerification verification, AuditHead head,
                            List<AuditRecord> records, int scanned) {}

    AuditPages(Database db, Views views) {
        this.audit = new AuditLog(db);
        this.views = views;
    }

    void show(Context ctx) {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("action", "actor", "subject"));
        AuditHead head = audit.head();
        long from = Math.max(1, head.seq() - WINDOW + 1);
        List<AuditRecord> window = audit.list(from, WINDOW);
        List<AuditRecord> shown = new ArrayList<>();
        for (int i = window.size() - 1; i >= 0 && shown.size() < SHOWN; i--) {
            AuditRecord r = window.get(i);
            if (has(r.action(), form.value("action")) && has(r.actor(), form.value("actor")) && has(r.subject(), form.value("subject"))) {
                shown.add(r);
            }
        }
        views.render(ctx, "audit.jte", new AuditPage(Chrome.of(s, "Audit trail", "audit"), form, audit.verify(), head,
                shown, window.size()));
    }

    private static boolean has(String text, String wanted) {
        return wanted.isEmpty() || text.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }
}
