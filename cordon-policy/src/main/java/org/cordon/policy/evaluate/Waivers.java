package org.cordon.policy.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.policy.program.Program;
import org.cordon.policy.transaction.Transaction;
import org.cordon.policy.transaction.Waiver;

/**
 * What the decision says about the transaction's waivers for a program whose waivers have a statutory end
 * ({@code waiver_limit} and {@code waiver_limit_citation} in its parameters): a waiver is never passed over
 * without a word.
 */
final class Waivers {

    private Waivers() {}

    static List<String> notes(Transaction t, Program p, Map<String, Object> params) {
        if (!(params.get("waiver_limit") instanceof String limitText)) {
            return List.of();
        }
        LocalDate limit = LocalDate.parse(limitText);
        String cite = String.valueOf(params.getOrDefault("waiver_limit_citation", p.id()));
        List<String> out = new ArrayList<>();
        for (Waiver w : t.waivers()) {
            if (!w.program().equals(p.id())) {
                continue;
            }
            String which = "The waiver " + (w.reference().isBlank() ? "" : w.reference() + " ") + "for " + p.id();
            if (w.expires().isBefore(t.date())) {
                out.add(which + " expired on " + w.expires() + ", before " + t.date() + ": not counted.");
            } else if (w.expires().isAfter(limit)) {
                // The statute lets no waiver run past the limit: one said to do so is not one it allows.
                out.add(which + " is disregarded: it is said to run to " + w.expires() + ", but such waivers may run to "
                        + limit + " at the latest (" + cite + "). Only a waiver within that limit counts.");
            }
        }
        return out;
    }
}
