package org.cordon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The suppressions left by cases decided FALSE_POSITIVE (see {@link Cases#decide}).
 *
 * <p>Nothing expires them: a suppression names the entry hash it was decided on, so when the list publisher
 * changes the entry (a new alias, a new address) the hash changes and the suppression no longer applies.
 */
public final class Suppressions {

    private static final String COLUMNS = "query_key, party_id, entry_hash, reason, case_id, created_at";

    private final Database db;

    public Suppressions(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Whether a match of {@code queryKey} on {@code partyId} is suppressed while the entry hashes to this. */
    public boolean active(String queryKey, String partyId, String currentEntryHash) {
        Checks.text(queryKey, "queryKey");
        Checks.text(partyId, "partyId");
        Checks.text(currentEntryHash, "currentEntryHash");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM suppression"
                    + " WHERE query_key = ? AND party_id = ? AND entry_hash = ?")) {
                select.setString(1, queryKey);
                select.setString(2, partyId);
                select.setString(3, currentEntryHash);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every suppression of a party, live or lapsed, newest first. */
    public List<Suppression> forParty(String partyId) {
        Checks.text(partyId, "partyId");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM suppression WHERE party_id = ? ORDER BY created_at DESC, case_id")) {
                select.setString(1, partyId);
                List<Suppression> found = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Suppression(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), Timestamps.parse(rs.getString(6))));
                    }
                }
                return found;
            }
        });
    }

    /** Written by {@link Cases} in the transaction that decides the case. */
    static void insert(Connection c, Suppression s) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO suppression (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, s.queryKey());
            insert.setString(2, s.partyId());
            insert.setString(3, s.entryHash());
            insert.setString(4, s.reason());
            insert.setString(5, s.caseId());
            insert.setString(6, Timestamps.format(s.createdAt()));
            insert.executeUpdate();
        }
    }
}
