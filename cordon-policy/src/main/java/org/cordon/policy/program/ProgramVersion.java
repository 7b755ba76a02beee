package org.cordon.policy.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a program: the text in force from {@link #effectiveFrom()} until the next version (or
 * {@link #effectiveUntil()}).
 *
 * @param appliesWhen a CEL condition over {@code tx}: which transactions and buyers the program governs
 * @param otherwise the ground given when the program applies and no rule holds
 */
public record ProgramVersion(int version, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil,
                             String amendment, List<String> citations, String appliesWhen, List<Rule> rules,
                             List<Exemption> exemptions, String otherwise, Map<String, Object> parameters,
                             String rationale) {

    public ProgramVersion {
        citations = List.copyOf(citations);
        rules = List.copyOf(rules);
        exemptions = List.copyOf(exemptions);
        parameters = Map.copyOf(parameters);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && effectiveUntil.map(day::isBefore).orElse(true);
    }

    /** The citations as one line, for the decision. */
    public String citation() {
        return String.join("; ", citations);
    }
}
