package org.cordon.policy.transaction;

/** Where the money comes from: USF support and federal grants carry their own prohibitions. */
public enum Funding {
    USF, FEDERAL_APPROPRIATION, GRANT, PRIVATE;

    public String wire() {
        return WireName.of(this);
    }
}
