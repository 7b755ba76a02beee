package org.cordon.model;

/** What a date of a party marks. */
public enum DateKind {
    BIRTH, INCORPORATION
}
