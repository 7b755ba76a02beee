package org.cordon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only, tamper-evident record of everything Cordon decided and everyone did.
 *
 * <p>Each record carries the previous record's hash and its own ({@link ChainHash}); the head row names the last
 * record. Appends are serialised - on PostgreSQL by locking the head row, on SQLite by the single writer - so
 * concurrent appends never fork the chain. Nothing here updates or deletes a record; {@link #verify()} finds
 * where someone else did.
 */
public final class AuditLog {

    private static final String COLUMNS = "seq, at, actor, action, subject, payload, list_versions, prev_hash, hash";

    private final Database db;

    public AuditLog(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Appends a record, in the caller's transaction if one is open.
     *
     * @param payloadJson a JSON document with the details
     * @param listVersions the list versions the action relied on, e.g. {@code ofac-sdn@3}
     */
    public AuditRecord append(String actor, String action, String subject, String payloadJson,
                              List<String> listVersions) {
        Checks.nonBlank(actor, "actor");
        Checks.nonBlank(action, "action");
        Checks.text(subject, "subject");
        Json.require(payloadJson, "payload");
        List<String> versions = Checks.texts(listVersions, "listVersions");
        return db.transaction(c -> append(c, actor, action, subject, payloadJson, versions));
    }

    private AuditRecord append(Connection c, String actor, String action, String subject, String payload,
                               List<String> versions) throws SQLException {
        AuditHead head = head(c, true);
        long seq = head.seq() + 1;
        // Stamped after the head is locked, so times never run backwards along the chain.
        Instant at = Timestamps.now(db.clock());
        String atText = Timestamps.format(at);
        String versionsText = Json.writeList(versions);
        String hash = ChainHash.of(head.hash(), seq, atText, actor, action, subject, payload, versionsText);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_record (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, atText);
            insert.setString(3, actor);
            insert.setString(4, action);
            insert.setString(5, subject);
            insert.setString(6, payload);
            insert.setString(7, versionsText);
            insert.setString(8, head.hash());
            insert.setString(9, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement move = c.prepareStatement(
                "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ?")) {
            move.setLong(1, seq);
            move.setString(2, hash);
            move.setLong(3, head.seq());
            if (move.executeUpdate() != 1) {
                throw new StoreException("the audit head moved during an append; nothing was written");
            }
        }
        return new AuditRecord(seq, at, actor, action, subject, payload, versions, head.hash(), hash);
    }

    /** The last record's number and hash, to be kept somewhere else as an anchor. */
    public AuditHead head() {
        return db.read(c -> head(c, false));
    }

    private static Optional<AuditHead> findHead(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(new AuditHead(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    private AuditHead head(Connection c, boolean lock) throws SQLException {
        String sql = "SELECT seq, hash FROM audit_head WHERE id = 1" + (lock ? db.dialect().forUpdate() : "");
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("the audit head row is missing: the audit log has been tampered with");
            }
            return new AuditHead(rs.getLong(1), rs.getString(2));
        }
    }

    public Optional<AuditRecord> get(long seq) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_record WHERE seq = ?")) {
                select.setLong(1, seq);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<AuditRecord>empty();
                }
            }
        });
    }

    /** Up to {@code limit} records from {@code fromSeq} on, oldest first. */
    public List<AuditRecord> list(long fromSeq, int limit) {
        Checks.limit(limit);
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_record WHERE seq >= ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, fromSeq);
                select.setInt(2, limit);
                return readAll(select);
            }
        });
    }

    /** Every record about one subject ({@code case:<id>}...), oldest first. */
    public List<AuditRecord> forSubject(String subject) {
        Checks.text(subject, "subject");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_record WHERE subject = ? ORDER BY seq")) {
                select.setString(1, subject);
                return readAll(select);
            }
        });
    }

    /**
     * Recomputes the chain from the first record and compares it with the head, on one snapshot. Names the first
     * record that is missing, altered, out of place, or beyond the head (forged onto the end).
     */
    public ChainVerification verify() {
        return db.read(c -> {
            Optional<AuditHead> stored = findHead(c);
            if (stored.isEmpty()) {
                return ChainVerification.broken(0, 1, "the audit head row is missing");
            }
            AuditHead head = stored.get();
            long expected = 1;
            String prev = ChainHash.GENESIS;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_record ORDER BY seq")) {
                select.setFetchSize(1000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        long checked = expected - 1;
                        if (seq < expected) {
                            return ChainVerification.broken(checked, seq, "record " + seq
                                    + " is out of sequence: the chain starts at 1");
                        }
                        if (seq != expected) {
                            return ChainVerification.broken(checked, expected, "record " + expected
                                    + " is missing: the chain jumps from " + checked + " to " + seq);
                        }
                        if (seq > head.seq()) {
                            return ChainVerification.broken(checked, seq, "record " + seq + " lies beyond the head ("
                                    + head.seq() + "): it was not appended through the audit log");
                        }
                        if (!prev.equals(rs.getString(8))) {
                            return ChainVerification.broken(checked, seq, "record " + seq
                                    + " does not follow record " + checked + ": its previous hash is not "
                                    + (checked == 0 ? "the start of the chain" : "that record's hash")
                                    + " (records removed, reordered or inserted)");
                        }
                        String recomputed = ChainHash.of(prev, seq, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7));
                        if (!recomputed.equals(rs.getString(9))) {
                            return ChainVerification.broken(checked, seq, "record " + seq
                                    + " was altered: its fields no longer match its hash");
                        }
                        prev = recomputed;
                        expected++;
                    }
                }
            }
            long last = expected - 1;
            if (last < head.seq()) {
                return ChainVerification.broken(last, last + 1, "the head names record " + head.seq()
                        + " but the chain ends at " + last + ": records were removed from the end");
            }
            if (!prev.equals(head.hash())) {
                return ChainVerification.broken(last, head.seq(), "the head's hash is not the hash of record "
                        + head.seq() + ": the head or the last record was altered");
            }
            return ChainVerification.intact(last);
        });
    }

    private static List<AuditRecord> readAll(PreparedStatement select) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                records.add(read(rs));
            }
        }
        return records;
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), Timestamps.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), Json.readList(rs.getString(7)), rs.getString(8), rs.getString(9));
    }
}
