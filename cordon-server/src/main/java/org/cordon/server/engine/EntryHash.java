package org.cordon.server.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.cordon.model.Party;
import org.cordon.snapshot.SnapshotJson;

/**
 * Fingerprints that tie a reviewer's decision to what was reviewed: the listed entry exactly as it was (any change
 * to it makes a new hash, which lapses a suppression), and the query name in a stable form.
 */
public final class EntryHash {

    private EntryHash() {}

    public static String of(Party p) {
        try {
            byte[] json = SnapshotJson.mapper().writeValueAsBytes(p);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, spaces collapsed: "ACME  Trading" and "acme trading" are the same query. */
    public static String queryKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
