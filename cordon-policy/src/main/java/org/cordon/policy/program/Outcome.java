package org.cordon.policy.program;

/** What a program says about a transaction, from the most permissive to the strictest. */
public enum Outcome {
    /** Nothing in the program stands in the way. */
    ALLOW,
    /** Allowed, with something the user should know or tell people (the DoD device advisory). */
    ADVISORY,
    /** A person must look before it goes ahead: an uncertain match, a disclosure, an investment to review. */
    REVIEW,
    /** Only with a licence from the authority (BIS). */
    LICENSE_REQUIRED,
    /** Prohibited. */
    BLOCK;

    /** The stricter of the two; the decision's outcome is the strictest of its programs'. */
    public Outcome stricter(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
