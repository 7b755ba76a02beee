package org.cordon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** The organisation's own suppliers, products and people, each with the last decision taken on it. */
public final class Registry {

    private final Database db;

    public Registry(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Adds the entry, or replaces the one with its id; its last decision is kept. */
    public RegistryEntry upsert(RegistryEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return db.transaction(c -> {
            // ON CONFLICT ... DO UPDATE is the one upsert both SQLite (3.24+) and PostgreSQL (9.5+) understand.
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO registry_entry (id, kind, name, "
                    + "attributes_json, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    + "kind = excluded.kind, name = excluded.name, attributes_json = excluded.attributes_json, "
                    + "updated_at = excluded.updated_at")) {
                upsert.setString(1, entry.id());
                upsert.setString(2, entry.kind().wireName());
                upsert.setString(3, entry.name());
                upsert.setString(4, entry.attributesJson());
                upsert.setString(5, Timestamps.format(Timestamps.now(db.clock())));
                upsert.executeUpdate();
            }
            return entry;
        });
    }

    public Optional<RegistryEntry> get(String id) {
        Checks.text(id, "id");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, kind, name, attributes_json FROM registry_entry WHERE id = ?")) {
                select.setString(1, id);
                List<RegistryEntry> found = readAll(select);
                return found.isEmpty() ? Optional.<RegistryEntry>empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The entries of one kind, by name. */
    public List<RegistryEntry> list(RegistryKind kind) {
        Objects.requireNonNull(kind, "kind");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, kind, name, attributes_json"
                    + " FROM registry_entry WHERE kind = ? ORDER BY name, id")) {
                select.setString(1, kind.wireName());
                return readAll(select);
            }
        });
    }

    /**
     * Records that a decision was taken on an entry; it becomes the entry's last decision.
     *
     * @throws NoSuchElementException when the entry or the decision is not stored
     */
    public RegistryDecision recordDecision(String entryId, String decisionId) {
        Checks.nonBlank(entryId, "entryId");
        Checks.nonBlank(decisionId, "decisionId");
        return db.transaction(c -> {
            if (get(entryId).isEmpty()) {
                throw new NoSuchElementException("no registry entry " + entryId);
            }
            if (!DecisionStore.exists(c, decisionId)) {
                throw new NoSuchElementException("no decision " + decisionId);
            }
            Instant now = Timestamps.now(db.clock());
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO registry_decision (entry_id, "
                    + "decision_id, recorded_at) VALUES (?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET "
                    + "decision_id = excluded.decision_id, recorded_at = excluded.recorded_at")) {
                upsert.setString(1, entryId);
                upsert.setString(2, decisionId);
                upsert.setString(3, Timestamps.format(now));
                upsert.executeUpdate();
            }
            return new RegistryDecision(entryId, decisionId, now);
        });
    }

    public Optional<RegistryDecision> lastDecision(String entryId) {
        Checks.text(entryId, "entryId");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT entry_id, decision_id, recorded_at"
                    + " FROM registry_decision WHERE entry_id = ?")) {
                select.setString(1, entryId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(readDecision(rs)) : Optional.<RegistryDecision>empty();
                }
            }
        });
    }

    /** The last decision of every entry of one kind that has one, by entry id. */
    public Map<String, RegistryDecision> lastDecisions(RegistryKind kind) {
        Objects.requireNonNull(kind, "kind");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT d.entry_id, d.decision_id, d.recorded_at"
                    + " FROM registry_decision d JOIN registry_entry e ON e.id = d.entry_id"
                    + " WHERE e.kind = ? ORDER BY e.name, e.id")) {
                select.setString(1, kind.wireName());
                Map<String, RegistryDecision> last = new LinkedHashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        RegistryDecision d = readDecision(rs);
                        last.put(d.entryId(), d);
                    }
                }
                return last;
            }
        });
    }

    private static RegistryDecision readDecision(ResultSet rs) throws SQLException {
        return new RegistryDecision(rs.getString(1), rs.getString(2), Timestamps.parse(rs.getString(3)));
    }

    private static List<RegistryEntry> readAll(PreparedStatement select) throws SQLException {
        List<RegistryEntry> found = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(new RegistryEntry(rs.getString(1), RegistryKind.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4)));
            }
        }
        return found;
    }
}
