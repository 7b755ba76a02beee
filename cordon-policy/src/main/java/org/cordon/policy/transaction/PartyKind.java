package org.cordon.policy.transaction;

/** What kind of party a buyer, seller or end user is; programs govern some kinds of buyer only. */
public enum PartyKind {
    FEDERAL_AGENCY, CONTRACTOR, CARRIER, COMPANY, UNIVERSITY, EXCHANGE, PERSON;

    public String wire() {
        return WireName.of(this);
    }
}
