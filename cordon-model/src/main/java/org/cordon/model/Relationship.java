package org.cordon.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A tie from the party that holds this record to another party, with the days it held and where that was read.
 *
 * <p>A relationship is in force from {@code since} through the day before {@code until}, as a designation is from
 * its listing through the day before its lifting; an absent date leaves that end open.
 *
 * @param kind       how they are tied
 * @param targetName the other party's name as the source gives it
 * @param targetId   the other party's {@link Party#id()} when it is on the same list and resolved, else empty
 * @param share      ownership share in percent (0-100), where known
 * @param confidence how well established the tie is
 * @param since      the first day the tie held (an acquisition's closing), where known
 * @param until      the first day it no longer held (a sale's closing), where known; not before {@code since}
 * @param source     the citation the tie rests on (filing, order, Federal Register page); empty when none is given
 */
public record Relationship(RelationKind kind, String targetName, String targetId, Optional<Double> share,
                           Confidence confidence, Optional<LocalDate> since, Optional<LocalDate> until,
                           String source) {

    public Relationship {
        Checks.nonNull(kind, "relationship kind");
        targetName = Checks.required(targetName, "relationship target name");
        targetId = Checks.text(targetId, "relationship target id");
        Checks.nonNull(share, "share");
        share.ifPresent(s -> {
            if (s < 0 || s > 100) {
                throw new IllegalArgumentException("share out of range 0-100: " + s);
            }
        });
        Checks.nonNull(confidence, "relationship confidence");
        since = since == null ? Optional.empty() : since;
        until = until == null ? Optional.empty() : until;
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            throw new IllegalArgumentException("relationship until " + until.get() + " is before since " + since.get());
        }
        source = Checks.text(source, "relationship source");
    }

    /** A tie with no dates and no source: in force on every day. */
    public Relationship(RelationKind kind, String targetName, String targetId, Optional<Double> share,
                        Confidence confidence) {
        this(kind, targetName, targetId, share, confidence, Optional.empty(), Optional.empty(), "");
    }

    public static Relationship of(RelationKind kind, String targetName) {
        return new Relationship(kind, targetName, "", Optional.empty(), Confidence.HIGH);
    }

    public Relationship withTargetId(String id) {
        return new Relationship(kind, targetName, id, share, confidence, since, until, source);
    }

    /** The same tie, holding from {@code since} (inclusive) to {@code until} (exclusive); null leaves an end open. */
    public Relationship during(LocalDate since, LocalDate until) {
        return new Relationship(kind, targetName, targetId, share, confidence, Optional.ofNullable(since),
                Optional.ofNullable(until), source);
    }

    /** The same tie, citing {@code source}. */
    public Relationship withSource(String source) {
        return new Relationship(kind, targetName, targetId, share, confidence, since, until, source);
    }

    /** True when the tie held on the given day: on or after {@code since}, and before {@code until}. */
    public boolean inForceOn(LocalDate day) {
        return since.map(d -> !day.isBefore(d)).orElse(true)
                && until.map(day::isBefore).orElse(true);
    }
}
