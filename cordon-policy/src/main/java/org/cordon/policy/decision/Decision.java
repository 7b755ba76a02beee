package org.cordon.policy.decision;

import java.time.LocalDate;
import java.util.List;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.Unresolved;

/**
 * May the transaction go ahead, and why.
 *
 * @param outcome the strictest outcome of the programs that apply (ALLOW when none does)
 * @param asOf the date the programs, designations and list versions were taken as of
 * @param programs the programs that govern this transaction, strictest first
 * @param findings every subject that matched a listed party, with the path to the designated party
 * @param listVersions the list versions screened against ({@code list@N})
 * @param notes programs not in force on the date that would govern it, unresolved subjects
 */
public record Decision(Outcome outcome, LocalDate asOf, List<ProgramResult> programs, List<Finding> findings,
                       List<Unresolved> unresolved, List<String> listVersions, List<String> notes,
                       String explanation) {

    public Decision {
        programs = List.copyOf(programs);
        findings = List.copyOf(findings);
        unresolved = List.copyOf(unresolved);
        listVersions = List.copyOf(listVersions);
        notes = List.copyOf(notes);
    }
}
