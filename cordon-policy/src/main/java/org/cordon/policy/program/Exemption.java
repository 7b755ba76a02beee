package org.cordon.policy.program;

/**
 * An exception of a program (e.g. FAR 4.2102(b): third-party backhaul, equipment that cannot see user data) or a
 * waiver: when it holds, a rule's BLOCK or LICENSE_REQUIRED gives way to {@link #outcome()} (ALLOW unless said).
 *
 * @param when a CEL condition as in {@link Rule#when()}
 */
public record Exemption(String id, String when, Outcome outcome, String reason, String citation) {}
