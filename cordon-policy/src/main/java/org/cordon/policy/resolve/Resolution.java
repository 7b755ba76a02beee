package org.cordon.policy.resolve;

import java.util.List;

/**
 * What resolution found: findings (matches and where they lead), what it could not resolve, and notes on what it
 * cleared that a reader might wonder about (a restaurant that shares a word with Huawei).
 */
public record Resolution(List<Finding> findings, List<Unresolved> unresolved, List<Subject> subjects, List<String> notes) {

    public Resolution {
        findings = List.copyOf(findings);
        unresolved = List.copyOf(unresolved);
        subjects = List.copyOf(subjects);
        notes = List.copyOf(notes);
    }
}
