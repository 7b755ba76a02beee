package org.cordon.policy.transaction;

import java.time.LocalDate;

/** A one-time waiver the buyer holds for a program (FAR 4.2104), valid until its expiry. */
public record Waiver(String program, String reference, LocalDate expires) {}
