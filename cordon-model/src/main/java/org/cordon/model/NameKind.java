package org.cordon.model;

/** The standing of a name on its list. */
public enum NameKind {
    /** The name the list files the party under. */
    PRIMARY,
    /** "also known as": a strong alias. */
    AKA,
    /** "formerly known as". */
    FKA,
    /** "now known as". */
    NKA,
    /** A low-quality alias (OFAC "weak a.k.a.", UN "Low" quality): short or generic, so it counts less. */
    WEAK_AKA,
    /** The name as written in its original script (UN NAME_ORIGINAL_SCRIPT, Chinese names of curated entries). */
    ORIGINAL_SCRIPT
}
