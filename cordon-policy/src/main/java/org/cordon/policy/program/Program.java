package org.cordon.policy.program;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A program with all its versions, oldest first. */
public record Program(String id, String title, String source, List<ProgramVersion> versions) {

    public Program {
        versions = versions.stream().sorted(Comparator.comparing(ProgramVersion::effectiveFrom)).toList();
    }

    /** The version in force on the day: the latest that took effect by then and has not ended. */
    public Optional<ProgramVersion> versionOn(LocalDate day) {
        ProgramVersion found = null;
        for (ProgramVersion v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found).filter(v -> v.inForceOn(day));
    }

    /** When the program first took effect. */
    public LocalDate firstEffective() {
        return versions.get(0).effectiveFrom();
    }
}
