package org.cordon.policy.decision;

import java.util.List;
import org.cordon.policy.program.Outcome;

/**
 * What one program said.
 *
 * @param rule the rule or exception that decided; {@code otherwise} when none held
 * @param findings indexes into the decision's findings that the rule rested on
 */
public record ProgramResult(String id, int version, String title, Outcome outcome, String citation, String reason,
                            String rule, List<Integer> findings) {

    public ProgramResult {
        findings = List.copyOf(findings);
    }
}
