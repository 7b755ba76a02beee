package org.cordon.policy.resolve;

import java.util.List;

/** What resolution found: findings (matches and where they lead), and what it could not resolve. */
public record Resolution(List<Finding> findings, List<Unresolved> unresolved, List<Subject> subjects) {

    public Resolution {
        findings = List.copyOf(findings);
        unresolved = List.copyOf(unresolved);
        subjects = List.copyOf(subjects);
    }
}
