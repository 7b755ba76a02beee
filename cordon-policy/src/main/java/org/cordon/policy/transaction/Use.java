package org.cordon.policy.transaction;

/**
 * What the equipment is for. Section 889 covers Hytera, Hikvision and Dahua equipment only for the first four
 * uses (FAR 52.204-25(a), "covered telecommunications equipment or services" (2)).
 */
public enum Use {
    PUBLIC_SAFETY, GOVERNMENT_FACILITY_SECURITY, CRITICAL_INFRASTRUCTURE_SURVEILLANCE, NATIONAL_SECURITY, GENERAL;

    public String wire() {
        return WireName.of(this);
    }
}
