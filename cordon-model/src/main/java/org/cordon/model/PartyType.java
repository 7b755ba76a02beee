package org.cordon.model;

/** What kind of thing a listed party is. {@code UNKNOWN} where the source does not say. */
public enum PartyType {
    ORGANIZATION, PERSON, VESSEL, AIRCRAFT, UNKNOWN
}
