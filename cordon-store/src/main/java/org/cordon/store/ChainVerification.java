package org.cordon.store;

import java.util.OptionalLong;

/**
 * What {@link AuditLog#verify()} found.
 *
 * @param ok true when every record and the head agree
 * @param recordsChecked records read before the first break (all of them when ok)
 * @param firstBrokenSeq the first record that is missing, altered, out of place or forged
 * @param reason what is wrong with it, or {@code intact}
 */
public record ChainVerification(boolean ok, long recordsChecked, OptionalLong firstBrokenSeq, String reason) {

    static ChainVerification intact(long records) {
        return new ChainVerification(true, records, OptionalLong.empty(), "intact");
    }

    static ChainVerification broken(long records, long seq, String reason) {
        return new ChainVerification(false, records, OptionalLong.of(seq), reason);
    }
}
