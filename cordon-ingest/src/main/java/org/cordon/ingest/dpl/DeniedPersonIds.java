package org.cordon.ingest.dpl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Source ids for DPL rows, which have none. The id is a short hash of what identifies one denial: the name, the
 * effective date and the Federal Register citation. A hash of these, rather than the row number, keeps an
 * entry's id the same from one release to the next when other rows are added or removed, so that list diffs
 * and re-screening see the same entry; last-update date and action text are left out because they change
 * without the denial changing. Rows that share all three (one person at several addresses) are told apart by a
 * hash of the address; see {@link org.cordon.ingest.UniqueSourceIds}.
 */
final class DeniedPersonIds {

    private DeniedPersonIds() {}

    /** 12 hex digits of SHA-256 over the normalised name, effective date and citation. */
    static String of(String name, String effectiveDate, String citation) {
        return hash(12, name, effectiveDate, citation);
    }

    /** 6 hex digits over the address fields, to tell apart rows with the same {@link #of id}. */
    static String addressQualifier(String... addressFields) {
        return hash(6, addressFields);
    }

    private static String hash(int digits, String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(part.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)).append('\u001F');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
