package org.cordon.store;

import java.time.Instant;
import java.util.List;

/**
 * One link of the audit chain.
 *
 * @param seq 1, 2, 3... with no gaps
 * @param at when it was appended (UTC, microseconds)
 * @param actor who did it: a user, an API key id, {@code system}
 * @param action what was done: {@code decision}, {@code case.decide}, {@code api-key.create}...
 * @param subject what it was done to: {@code decision:<id>}, {@code case:<id>}...
 * @param payload the details, a JSON document
 * @param listVersions the list versions the action relied on ({@code list@N}), often none
 * @param prevHash the previous record's hash (64 zeros for the first)
 * @param hash SHA-256 over {@code prevHash} and every other field, see {@link ChainHash}
 */
public record AuditRecord(long seq, Instant at, String actor, String action, String subject, String payload,
                          List<String> listVersions, String prevHash, String hash) {

    public AuditRecord {
        listVersions = List.copyOf(listVersions);
    }
}
