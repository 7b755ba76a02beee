package org.cordon.policy.evaluate;

import java.util.List;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.transaction.Transaction;

/** The decision in a few sentences a contracting officer can act on. */
final class Explanations {

    private Explanations() {}

    static String of(Transaction t, Outcome outcome, List<ProgramResult> results, List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        b.append(outcome).append(" as of ").append(t.date()).append(" for this ").append(t.type().wire())
                .append(" transaction. ");
        if (results.isEmpty()) {
            b.append("No program Cordon applies governs it on that date");
            b.append(findings.isEmpty() ? "." : ", although some of its names match listed parties (see findings).");
            return b.toString();
        }
        List<ProgramResult> deciding = results.stream().filter(r -> r.outcome() == outcome).toList();
        for (ProgramResult r : deciding) {
            b.append(r.title()).append(" [").append(r.citation()).append("]: ").append(r.reason()).append(' ');
        }
        long others = results.size() - deciding.size();
        if (others > 0) {
            b.append(others).append(others == 1 ? " other program applies" : " other programs apply")
                    .append(" with a less strict outcome.");
        }
        return b.toString().strip();
    }
}
