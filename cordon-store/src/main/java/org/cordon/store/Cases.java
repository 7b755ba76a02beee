package org.cordon.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Review cases for REVIEW outcomes: opened, assigned, commented on, decided.
 *
 * <p>Every action is one transaction that changes the case, adds a {@link CaseEvent} and appends an audit record
 * ({@code case.open}, {@code case.assign}, {@code case.comment}, {@code case.decide}, subject {@code case:<id>}).
 * The case row is locked first, so two reviewers deciding at once cannot both win. Deciding FALSE_POSITIVE also
 * writes a {@link Suppression}. A missing case is a {@link NoSuchElementException}; deciding or assigning a closed
 * case is an {@link IllegalStateException}. Comments are allowed on closed cases, as later notes.
 */
public final class Cases {

    private static final String COLUMNS = "id, decision_id, subject, party_id, entry_hash, query_key, summary, "
            + "status, assignee, resolution, reason, opened_at, opened_by, closed_at, closed_by";

    private final Database db;
    private final AuditLog audit;

    public Cases(Database db) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = new AuditLog(db);
    }

    /**
     * Opens a case on a decision already stored (in this transaction or before).
     *
     * @throws NoSuchElementException when the decision is not stored
     */
    public ReviewCase open(String decisionId, String subject, String partyId, String entryHash, String queryKey,
                           String summary, String actor) {
        Checks.nonBlank(decisionId, "decisionId");
        Checks.text(subject, "subject");
        Checks.text(partyId, "partyId");
        Checks.text(entryHash, "entryHash");
        Checks.text(queryKey, "queryKey");
        Checks.text(summary, "summary");
        Checks.nonBlank(actor, "actor");
        String id = Digests.newId("case");
        return db.transaction(c -> {
            if (!DecisionStore.exists(c, decisionId)) {
                throw new NoSuchElementException("no decision " + decisionId + " to open a case on");
            }
            Instant now = Timestamps.now(db.clock());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO review_case (id, decision_id, subject, "
                    + "party_id, entry_hash, query_key, summary, status, opened_at, opened_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, decisionId);
                insert.setString(3, subject);
                insert.setString(4, partyId);
                insert.setString(5, entryHash);
                insert.setString(6, queryKey);
                insert.setString(7, summary);
                insert.setString(8, CaseStatus.OPEN.wireName());
                insert.setString(9, Timestamps.format(now));
                insert.setString(10, actor);
                insert.executeUpdate();
            }
            ObjectNode payload = Json.object().put("case", id).put("decision", decisionId).put("subject", subject)
                    .put("party", partyId).put("entryHash", entryHash).put("queryKey", queryKey)
                    .put("summary", summary);
            event(c, id, actor, CaseEventKind.OPENED, summary, "case.open", payload);
            return find(c, id, false).orElseThrow();
        });
    }

    /** Gives an open case to a reviewer (again, if it had one). */
    public ReviewCase assign(String caseId, String assignee, String actor) {
        Checks.nonBlank(assignee, "assignee");
        Checks.nonBlank(actor, "actor");
        return db.transaction(c -> {
            ReviewCase found = openCase(c, caseId, "assigned");
            try (PreparedStatement update = c.prepareStatement("UPDATE review_case SET assignee = ? WHERE id = ?")) {
                update.setString(1, assignee);
                update.setString(2, caseId);
                update.executeUpdate();
            }
            event(c, found.id(), actor, CaseEventKind.ASSIGNED, assignee, "case.assign",
                    Json.object().put("case", caseId).put("assignee", assignee));
            return find(c, caseId, false).orElseThrow();
        });
    }

    /** Adds a comment to a case, open or closed. */
    public CaseEvent comment(String caseId, String text, String actor) {
        Checks.nonBlank(text, "text");
        Checks.nonBlank(actor, "actor");
        return db.transaction(c -> {
            existing(c, caseId);
            return event(c, caseId, actor, CaseEventKind.COMMENTED, text, "case.comment",
                    Json.object().put("case", caseId).put("text", text));
        });
    }

    /**
     * Decides an open case and closes it; FALSE_POSITIVE also suppresses the same query against the same,
     * unchanged entry.
     *
     * @param reason why, required
     */
    public ReviewCase decide(String caseId, Resolution resolution, String reason, String actor) {
        Objects.requireNonNull(resolution, "resolution");
        Checks.nonBlank(reason, "reason");
        Checks.nonBlank(actor, "actor");
        return db.transaction(c -> {
            ReviewCase found = openCase(c, caseId, "decided");
            Instant now = Timestamps.now(db.clock());
            try (PreparedStatement update = c.prepareStatement("UPDATE review_case SET status = ?, resolution = ?, "
                    + "reason = ?, closed_at = ?, closed_by = ? WHERE id = ?")) {
                update.setString(1, CaseStatus.CLOSED.wireName());
                update.setString(2, resolution.wireName());
                update.setString(3, reason);
                update.setString(4, Timestamps.format(now));
                update.setString(5, actor);
                update.setString(6, caseId);
                update.executeUpdate();
            }
            // A case on a decision as a whole, or on a party no list holds, has no listed entry to suppress against.
            boolean suppress = resolution == Resolution.FALSE_POSITIVE && !found.partyId().isBlank()
                    && !found.entryHash().isBlank();
            if (suppress) {
                Suppressions.insert(c, new Suppression(found.queryKey(), found.partyId(), found.entryHash(), reason,
                        caseId, now));
            }
            event(c, caseId, actor, CaseEventKind.DECIDED, resolution.name() + ": " + reason, "case.decide",
                    Json.object().put("case", caseId).put("resolution", resolution.name()).put("reason", reason)
                            .put("suppressed", suppress));
            return find(c, caseId, false).orElseThrow();
        });
    }

    public Optional<ReviewCase> get(String caseId) {
        Checks.text(caseId, "caseId");
        return db.read(c -> find(c, caseId, false));
    }

    /** The case's history, oldest first. */
    public List<CaseEvent> events(String caseId) {
        Checks.text(caseId, "caseId");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT case_id, seq, at, actor, kind, detail, "
                    + "audit_seq FROM case_event WHERE case_id = ? ORDER BY seq")) {
                select.setString(1, caseId);
                List<CaseEvent> events = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        events.add(new CaseEvent(rs.getString(1), rs.getInt(2), Timestamps.parse(rs.getString(3)),
                                rs.getString(4), CaseEventKind.parse(rs.getString(5)), rs.getString(6),
                                rs.getLong(7)));
                    }
                }
                return events;
            }
        });
    }

    /**
     * Cases in one status, oldest first (the queue order for open cases); see {@link ReviewCase#age} for how long
     * each has waited.
     */
    public List<ReviewCase> list(CaseStatus status, int limit) {
        Objects.requireNonNull(status, "status");
        Checks.limit(limit);
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM review_case WHERE status = ? ORDER BY opened_at, id LIMIT ?")) {
                select.setString(1, status.wireName());
                select.setInt(2, limit);
                List<ReviewCase> found = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
                return found;
            }
        });
    }

    private ReviewCase existing(Connection c, String caseId) throws SQLException {
        Checks.text(caseId, "caseId");
        return find(c, caseId, true).orElseThrow(() -> new NoSuchElementException("no review case " + caseId));
    }

    private ReviewCase openCase(Connection c, String caseId, String verb) throws SQLException {
        ReviewCase found = existing(c, caseId);
        if (found.status() == CaseStatus.CLOSED) {
            throw new IllegalStateException("review case " + caseId + " is closed (decided "
                    + found.resolution().map(Enum::name).orElse("?") + " by " + found.closedBy().orElse("?")
                    + "); it cannot be " + verb + " again");
        }
        return found;
    }

    private CaseEvent event(Connection c, String caseId, String actor, CaseEventKind kind, String detail,
                            String action, ObjectNode payload) throws SQLException {
        int seq;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) FROM case_event WHERE case_id = ?")) {
            select.setString(1, caseId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                seq = rs.getInt(1) + 1;
            }
        }
        AuditRecord record = audit.append(actor, action, "case:" + caseId, Json.write(payload), List.of());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_event (case_id, seq, at, actor, kind, "
                + "detail, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, caseId);
            insert.setInt(2, seq);
            insert.setString(3, Timestamps.format(record.at()));
            insert.setString(4, actor);
            insert.setString(5, kind.wireName());
            insert.setString(6, detail);
            insert.setLong(7, record.seq());
            insert.executeUpdate();
        }
        return new CaseEvent(caseId, seq, record.at(), actor, kind, detail, record.seq());
    }

    private Optional<ReviewCase> find(Connection c, String caseId, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM review_case WHERE id = ?"
                + (lock ? db.dialect().forUpdate() : ""))) {
            select.setString(1, caseId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static ReviewCase read(ResultSet rs) throws SQLException {
        return new ReviewCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), CaseStatus.parse(rs.getString(8)),
                Optional.ofNullable(rs.getString(9)),
                Optional.ofNullable(rs.getString(10)).map(Resolution::parse),
                Optional.ofNullable(rs.getString(11)), Timestamps.parse(rs.getString(12)), rs.getString(13),
                Optional.ofNullable(rs.getString(14)).map(Timestamps::parse), Optional.ofNullable(rs.getString(15)));
    }
}
