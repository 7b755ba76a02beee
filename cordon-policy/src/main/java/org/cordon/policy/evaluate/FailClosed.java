package org.cordon.policy.evaluate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Unresolved;

/**
 * The engine's one rule for what it could not resolve: a program may ALLOW (or only advise) only when every subject
 * it looks at was matched or cleared. Otherwise its answer is REVIEW, naming each unresolved subject and why, so
 * that no permission ever rests on a name Cordon could not read, place or rule out.
 */
final class FailClosed {

    static final String RULE = "fail-closed";

    private FailClosed() {}

    /**
     * @param looksAt the roles the program's rules read, or empty for every role
     * @param settled the deciding rule holds whoever the parties are, or is an exception of the program
     */
    static ProgramResult apply(ProgramResult r, Set<String> looksAt, boolean settled, List<Unresolved> unresolved) {
        if (settled || r.outcome().compareTo(Outcome.REVIEW) >= 0) {
            return r;
        }
        List<Unresolved> open = unresolved.stream().filter(u -> looksAt.isEmpty() || looksAt.contains(u.role())).toList();
        if (open.isEmpty()) {
            return r;
        }
        String why = open.stream().map(u -> u.field() + ": " + u.what()).distinct().collect(Collectors.joining("; "));
        String reason = "Fail closed: this program would answer " + r.outcome() + ", but Cordon allows only what it has "
                + "resolved, and the program looks at " + (open.size() == 1 ? "a subject" : open.size() + " subjects")
                + " that could be neither matched nor cleared (" + why + "). Establish " + (open.size() == 1 ? "it"
                : "them") + " and decide again. Were " + (open.size() == 1 ? "it" : "they") + " cleared: " + r.reason();
        return new ProgramResult(r.id(), r.version(), r.title(), Outcome.REVIEW, r.citation(), reason, RULE,
                r.findings());
    }
}
