package org.cordon.model;

/** How one party stands to another. Direction: the party holding the relationship is the subject. */
public enum RelationKind {
    /** The subject is a subsidiary of the target. */
    SUBSIDIARY_OF,
    /** The target owns (part of) the subject; the share is on the relationship where known. */
    OWNED_BY,
    /** The subject is an affiliate of the target (common control, listed "affiliate"). */
    AFFILIATE_OF,
    /** The source links the two without saying how (OFAC "Linked To:"). */
    LINKED_TO,
    /** The subject sells the target's products under its own brand (OEM relabelling). */
    RELABELS_PRODUCTS_OF
}
