package org.cordon.model;

/**
 * Kinds of identifier. Some decide a match on their own (an exact IMO, LEI or registration number names
 * one party); others only support one. {@code OTHER} keeps the publisher's own label in
 * {@link Identifier#label()}.
 */
public enum IdentifierType {
    IMO(true), MMSI(true), LEI(true), REGISTRATION_NUMBER(true), TAX_ID(true), UNIFIED_SOCIAL_CREDIT_CODE(true),
    UEI(true), DUNS(true), CAGE(true), SWIFT_BIC(true), ISIN(true), AIRCRAFT_SERIAL(true), AIRCRAFT_TAIL(true),
    PASSPORT(true), NATIONAL_ID(true), CALL_SIGN(false), WEBSITE(false), EMAIL(false), PHONE(false),
    DIGITAL_CURRENCY_ADDRESS(true), OTHER(false);

    private final boolean decisive;

    IdentifierType(boolean decisive) {
        this.decisive = decisive;
    }

    /** True when an exact match on this identifier identifies the party by itself. */
    public boolean decisive() {
        return decisive;
    }
}
