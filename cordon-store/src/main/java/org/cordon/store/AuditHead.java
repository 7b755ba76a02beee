package org.cordon.store;

/**
 * The last record of the chain. Written down somewhere else (a ticket, a signed e-mail), it pins the whole chain up
 * to it: someone able to rewrite the database could recompute every hash, but not the copy they cannot reach.
 *
 * @param seq the last record's number, 0 when the chain is empty
 * @param hash its hash
 */
public record AuditHead(long seq, String hash) {
}
