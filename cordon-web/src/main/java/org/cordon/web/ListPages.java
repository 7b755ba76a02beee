package org.cordon.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ListFormat;
import org.cordon.server.ServiceContext;
import org.cordon.server.api.ListsApi;
import org.cordon.server.lists.ListFreshness;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.ScratchFolder;
import org.cordon.snapshot.SnapshotDiff;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.VersionRef;
import org.cordon.snapshot.update.ListUpdater;
import org.cordon.store.Role;

/**
 * Lists: the active versions and their history, what changed between two versions; for admins, importing an
 * uploaded file, updating from the publishers and activating a version. Every change rebuilds the engine and is
 * audited, as on the API.
 */
public final class ListPages {

    static final int DIFF_SHOWN = 200;

    private final ServiceContext services;
    private final Views views;

    public record ListsPage(Chrome chrome, List<ListRow> lists, boolean admin, Form form, List<String[]> formats,
                            String message, List<String> problems) {}

    public record ListRow(String id, Optional<SnapshotInfo> active, List<SnapshotInfo> versions,
                          Optional<ListFreshness.ListAge> freshness) {

        /** "3 days ago", "today", with "(stale)" past the limit; empty without an active version. */
        public String age() {
            return freshness.map(f -> (f.ageDays() == 0 ? "today" : f.ageDays() + (f.ageDays() == 1 ? " day ago" : " days ago"))
                    + (f.stale() ? " (stale)" : "")).orElse("");
        }

        public String fetchedAt() {
            return freshness.map(f -> f.fetchedAt().toString().substring(0, 16).replace('T', ' ')
                    + (f.fetched() ? "" : " (imported)")).orElse("");
        }
    }

    public record DiffPage(Chrome chrome, String list, SnapshotInfo from, SnapshotInfo to, List<String[]> added,
                           List<String[]> removed, List<ChangeRow> changed, int addedCount, int removedCount,
                           int changedCount) {}

    public record ChangeRow(String sourceId, String name, List<String> changes) {}

    ListPages(ServiceContext services, Views views) {
        this.services = services;
        this.views = views;
    }

    private SnapshotStore store() {
        return services.engines().store();
    }

    void show(Context ctx) {
        render(ctx, 200, Form.empty().set("format", "curated").set("activate", "on"), Optional.ofNullable(ctx.queryParam("done")).orElse(""), List.of());
    }

    private void render(Context ctx, int status, Form form, String message, List<String> problems) {
        WebSession s = Gate.session(ctx);
        List<ListRow> rows = new ArrayList<>();
        for (String id : store().listIds()) {
            List<SnapshotInfo> versions = new ArrayList<>(store().versions(id));
            versions.sort((a, b) -> Integer.compare(b.version(), a.version()));
            Optional<SnapshotInfo> active = store().active(id);
            rows.add(new ListRow(id, active, versions, active.map(services.freshness()::of)));
        }
        List<String[]> formats = new ArrayList<>();
        for (ListFormat f : ListFormat.values()) {
            if (!f.readsFolder()) {
                formats.add(new String[] {f.cliName(), f.cliName()});
            }
        }
        views.render(ctx, status, "lists.jte", new ListsPage(Chrome.of(s, "Lists", "lists"), rows, s.may(Role.ADMIN), form,
                formats, message, problems));
    }

    void diff(Context ctx) {
        WebSession s = Gate.session(ctx);
        String list = Optional.ofNullable(ctx.queryParam("list")).orElse("");
        SnapshotInfo a;
        SnapshotInfo b;
        try {
            a = store().resolve(new VersionRef(list, Optional.ofNullable(ctx.queryParam("from")).orElse("").strip()));
            b = store().resolve(new VersionRef(list, Optional.ofNullable(ctx.queryParam("to")).orElse("").strip()));
        } catch (IllegalArgumentException e) {
            views.problem(ctx, 404, Chrome.of(s, "No such version", "lists"), "No such version", e.getMessage());
            return;
        }
        SnapshotDiff d = SnapshotDiff.between(store().load(a), store().load(b));
        views.render(ctx, "list-diff.jte", new DiffPage(Chrome.of(s, "Changes in " + list, "lists"), list, a, b,
                d.added().stream().limit(DIFF_SHOWN).map(p -> new String[] {p.sourceId(), p.primaryName().value(), PartyPages.href(p.id())}).toList(),
                d.removed().stream().limit(DIFF_SHOWN).map(p -> new String[] {p.sourceId(), p.primaryName().value()}).toList(),
                d.changed().stream().limit(DIFF_SHOWN).map(c -> new ChangeRow(c.after().sourceId(), c.after().primaryName().value(),
                        c.changes().stream().map(f -> f.field() + (f.removed().isEmpty() ? "" : " − " + String.join("; ", f.removed()))
                                + (f.added().isEmpty() ? "" : " + " + String.join("; ", f.added()))).toList())).toList(),
                d.added().size(), d.removed().size(), d.changed().size()));
    }

    void importFile(Context ctx) throws Exception {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("format", "list", "activate"));
        ListFormat format = null;
        try {
            format = ListFormat.fromCliName(form.value("format"));
            if (format.readsFolder()) {
                form.fail("format", "This format reads a folder of files; upload one file in another format.");
            }
        } catch (IllegalArgumentException e) {
            form.fail("format", "Choose the format of the file.");
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            form.fail("file", "Choose the list file to import.");
        } else if (file.size() > ListsApi.MAX_UPLOAD_BYTES) {
            form.fail("file", "The file is larger than " + (ListsApi.MAX_UPLOAD_BYTES >> 20) + " MB.");
        }
        if (!form.valid()) {
            render(ctx, 400, form, "", List.of());
            return;
        }
        String name = Optional.ofNullable(file.filename()).orElse("upload").replaceAll("[^A-Za-z0-9._-]", "_")
                .replaceFirst("^\\.+", "");
        ImportOptions options = ImportOptions.strict();
        if (!form.value("list").isEmpty()) {
            options = options.withListId(form.value("list"));
        }
        try (ScratchFolder dir = store().uploadFolder("upload-"); InputStream in = file.content()) {
            Path path = dir.path().resolve(name.isEmpty() ? "upload" : name);
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            ListImports.Outcome outcome = new ListImports(store()).run(
                    new ListImports.Request(format, path, options, form.checked("activate"), false));
            if (outcome.activated()) {
                services.engines().rebuild();
            }
            changed(s, "list.import", outcome.info());
            CordonWeb.seeOther(ctx, "/ui/lists?done=" + java.net.URLEncoder.encode((outcome.created() ? "Imported " : "Already held: ")
                    + outcome.info().ref() + " (" + outcome.info().entryCount() + " entries)"
                    + (outcome.activated() ? ", now active" : ""), java.nio.charset.StandardCharsets.UTF_8));
        } catch (ImportException e) {
            form.fail("file", "The file was not imported; the active version stays as it was.");
            render(ctx, 400, form, "", e.problems().stream().limit(50).map(Object::toString).toList());
        } catch (IllegalArgumentException | IllegalStateException e) {
            form.fail("file", e.getMessage());
            render(ctx, 400, form, "", List.of());
        }
    }

    void update(Context ctx) {
        WebSession s = Gate.session(ctx);
        // The same update as the API's and the schedule's: configured sources, engine rebuild, audit records.
        List<ListUpdater.Outcome> outcomes = services.listUpdates().run(s.actor());
        List<String> lines = new ArrayList<>();
        for (ListUpdater.Outcome o : outcomes) {
            lines.add(o.listId() + ": " + o.status().name().toLowerCase() + (o.detail().isEmpty() ? "" : " — " + o.detail()));
        }
        render(ctx, 200, Form.empty().set("format", "curated").set("activate", "on"), "Update from the publishers finished.", lines);
    }

    void activate(Context ctx) {
        WebSession s = Gate.session(ctx);
        String list = ctx.pathParam("list");
        try {
            SnapshotInfo info = store().resolve(new VersionRef(list, Optional.ofNullable(ctx.formParam("version")).orElse("").strip()));
            store().activate(list, info.version());
            services.engines().rebuild();
            changed(s, "list.activate", info);
            CordonWeb.seeOther(ctx, "/ui/lists?done=" + java.net.URLEncoder.encode("Activated " + info.ref(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            views.problem(ctx, 404, Chrome.of(s, "No such version", "lists"), "No such version", e.getMessage());
        }
    }

    /** The audit record, metrics and registry screening of a list change, as the API makes them. */
    private void changed(WebSession s, String action, SnapshotInfo info) {
        services.listChanges().changed(s.actor(), action, info);
    }
}
