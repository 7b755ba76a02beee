package org.cordon.policy.resolve;

/** Something a decision needed to know and could not: an IMEI whose TAC is unknown, for instance. */
public record Unresolved(String field, String role, String what) {}
