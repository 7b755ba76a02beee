package org.cordon.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decisions, each saved together with its {@code decision} audit record.
 *
 * <p>The audit record's payload carries the SHA-256 of the transaction and decision JSON, so a stored decision
 * can be checked against the chain long after it was written.
 */
public final class DecisionStore {

    private static final String COLUMNS = "id, created_at, actor, as_of, outcome, reference, transaction_json, "
            + "decision_json, list_versions";

    private final Database db;
    private final AuditLog audit;

    public DecisionStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = new AuditLog(db);
    }

    /**
     * Stores a decision and appends its audit record in one transaction (the caller's, if one is open).
     *
     * @return the audit record
     * @throws IllegalStateException when a decision with this id is already stored
     */
    public AuditRecord save(DecisionRecord d) {
        Objects.requireNonNull(d, "decision");
        return db.transaction(c -> {
            if (exists(c, d.id())) {
                throw new IllegalStateException("decision " + d.id() + " is already stored");
            }
            ObjectNode payload = Json.object()
                    .put("id", d.id())
                    .put("outcome", d.outcome())
                    .put("reference", d.reference())
                    .put("asOf", d.asOf().toString())
                    .put("transactionSha256", Digests.sha256Hex(d.transactionJson()))
                    .put("decisionSha256", Digests.sha256Hex(d.decisionJson()));
            AuditRecord record = audit.append(d.actor(), "decision", "decision:" + d.id(), Json.write(payload),
                    d.listVersions());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO decision (" + COLUMNS
                    + ", audit_seq, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.id());
                insert.setString(2, Timestamps.format(d.createdAt()));
                insert.setString(3, d.actor());
                insert.setString(4, d.asOf().toString());
                insert.setString(5, d.outcome());
                insert.setString(6, d.reference());
                insert.setString(7, d.transactionJson());
                insert.setString(8, d.decisionJson());
                insert.setString(9, Json.writeList(d.listVersions()));
                insert.setLong(10, record.seq());
                insert.setString(11, searchText(d));
                insert.executeUpdate();
            }
            return record;
        });
    }

    public Optional<DecisionRecord> get(String id) {
        Checks.text(id, "id");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM decision WHERE id = ?")) {
                select.setString(1, id);
                List<DecisionRecord> found = readAll(select);
                return found.isEmpty() ? Optional.<DecisionRecord>empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The decisions the query selects, newest first. */
    public List<DecisionRecord> search(DecisionQuery q) {
        Objects.requireNonNull(q, "query");
        Filter filter = Filter.of(q);
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM decision"
                    + filter.where + " ORDER BY created_at DESC, audit_seq DESC LIMIT ? OFFSET ?")) {
                int next = filter.bind(select);
                select.setInt(next, q.limit());
                select.setInt(next + 1, q.offset());
                return readAll(select);
            }
        });
    }

    /** How many decisions the query selects, ignoring its limit and offset (for paging). */
    public long count(DecisionQuery q) {
        Objects.requireNonNull(q, "query");
        Filter filter = Filter.of(q);
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM decision" + filter.where)) {
                filter.bind(select);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Decisions per outcome created in {@code [from, to)}. */
    public Map<String, Long> countByOutcome(Instant from, Instant to) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT outcome, COUNT(*) FROM decision"
                    + " WHERE created_at >= ? AND created_at < ? GROUP BY outcome ORDER BY outcome")) {
                bindRange(select, from, to);
                Map<String, Long> counts = new LinkedHashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return counts;
            }
        });
    }

    /** Decisions per UTC day and outcome created in {@code [from, to)}, by day then outcome; empty days absent. */
    public List<DayCount> countPerDay(Instant from, Instant to) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT substr(created_at, 1, 10), outcome, COUNT(*)"
                    + " FROM decision WHERE created_at >= ? AND created_at < ?"
                    + " GROUP BY substr(created_at, 1, 10), outcome ORDER BY 1, 2")) {
                bindRange(select, from, to);
                List<DayCount> counts = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)));
                    }
                }
                return counts;
            }
        });
    }

    private static String searchText(DecisionRecord d) {
        return String.join("\n", d.id(), d.reference(), d.actor(), d.transactionJson()).toLowerCase(Locale.ROOT);
    }

    static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM decision WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bindRange(PreparedStatement select, Instant from, Instant to) throws SQLException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        select.setString(1, Timestamps.format(from));
        select.setString(2, Timestamps.format(to));
    }

    private static List<DecisionRecord> readAll(PreparedStatement select) throws SQLException {
        List<DecisionRecord> found = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(new DecisionRecord(rs.getString(1), Timestamps.parse(rs.getString(2)), rs.getString(3),
                        LocalDate.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), Json.readList(rs.getString(9))));
            }
        }
        return found;
    }

    /** The WHERE clause of a query and the values bound to it, in order. */
    private record Filter(String where, List<String> values) {

        static Filter of(DecisionQuery q) {
            List<String> clauses = new ArrayList<>();
            List<String> values = new ArrayList<>();
            q.outcome().ifPresent(o -> {
                clauses.add("outcome = ?");
                values.add(o);
            });
            q.from().ifPresent(t -> {
                clauses.add("created_at >= ?");
                values.add(Timestamps.format(t));
            });
            q.to().ifPresent(t -> {
                clauses.add("created_at < ?");
                values.add(Timestamps.format(t));
            });
            q.text().ifPresent(t -> {
                clauses.add("search_text LIKE ? ESCAPE '!'");
                values.add("%" + likeEscape(t.toLowerCase(Locale.ROOT)) + "%");
            });
            return new Filter(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), values);
        }

        /** Binds the values from parameter 1 on; returns the next free parameter index. */
        int bind(PreparedStatement select) throws SQLException {
            int i = 1;
            for (String v : values) {
                select.setString(i++, v);
            }
            return i;
        }

        private static String likeEscape(String s) {
            return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
