package org.cordon.model;

import java.util.Optional;

/**
 * A tie from the party that holds this record to another party.
 *
 * @param kind       how they are tied
 * @param targetName the other party's name as the source gives it
 * @param targetId   the other party's {@link Party#id()} when it is on the same list and resolved, else empty
 * @param share      ownership share in percent (0-100), where known
 * @param confidence how well established the tie is
 */
public record Relationship(RelationKind kind, String targetName, String targetId, Optional<Double> share,
                           Confidence confidence) {

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
    }

    public static Relationship of(RelationKind kind, String targetName) {
        return new Relationship(kind, targetName, "", Optional.empty(), Confidence.HIGH);
    }

    public Relationship withTargetId(String id) {
        return new Relationship(kind, targetName, id, share, confidence);
    }
}
