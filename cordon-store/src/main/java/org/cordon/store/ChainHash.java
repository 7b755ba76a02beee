package org.cordon.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The hash of an audit record, over an encoding in which no two different records look alike.
 *
 * <pre>
 * hash  = lower-case hex of SHA-256( "cordon-audit-1" field(prevHash) field(seq) field(at) field(actor)
 *                                    field(action) field(subject) field(payload) field(listVersions) )
 * field(s) = decimal length of s in UTF-8 bytes, ':', the UTF-8 bytes of s, ','     (a netstring)
 * </pre>
 *
 * <p>{@code seq} is in decimal, {@code at} is the stored text ({@code 2025-03-01T09:30:00.000000Z}),
 * {@code listVersions} the stored JSON array. Each field says its own length, so moving characters from one field
 * to the next changes the bytes hashed; the hash is over the text exactly as stored, so any byte changed in the
 * database shows.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private static final byte[] DOMAIN = "cordon-audit-1".getBytes(StandardCharsets.UTF_8);

    private ChainHash() {
    }

    static String of(String prevHash, long seq, String at, String actor, String action, String subject,
                     String payload, String listVersions) {
        MessageDigest sha = Digests.sha256();
        sha.update(DOMAIN);
        for (String field : new String[] {prevHash, Long.toString(seq), at, actor, action, subject, payload,
                listVersions}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
            sha.update((byte) ',');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
