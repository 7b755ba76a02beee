package org.cordon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** The last screening of each registry entry, replaced by the next one. */
public final class RegistryScreenings {

    private final Database db;

    public RegistryScreenings(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Keeps this screening as the entry's last.
     *
     * @throws NoSuchElementException when the entry is not stored
     */
    public RegistryScreening record(String entryId, List<String> listVersions, String matchesJson) {
        RegistryScreening s = new RegistryScreening(entryId, Timestamps.now(db.clock()), listVersions, matchesJson);
        return db.transaction(c -> {
            if (new Registry(db).get(entryId).isEmpty()) {
                throw new NoSuchElementException("no registry entry " + entryId);
            }
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO registry_screening (entry_id, screened_at,"
                    + " list_versions, matches_json) VALUES (?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET"
                    + " screened_at = excluded.screened_at, list_versions = excluded.list_versions,"
                    + " matches_json = excluded.matches_json")) {
                upsert.setString(1, s.entryId());
                upsert.setString(2, Timestamps.format(s.screenedAt()));
                upsert.setString(3, Json.writeList(s.listVersions()));
                upsert.setString(4, s.matchesJson());
                upsert.executeUpdate();
            }
            return s;
        });
    }

    public Optional<RegistryScreening> get(String entryId) {
        Checks.text(entryId, "entryId");
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT entry_id, screened_at, list_versions,"
                    + " matches_json FROM registry_screening WHERE entry_id = ?")) {
                select.setString(1, entryId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<RegistryScreening>empty();
                }
            }
        });
    }

    /** Every entry's last screening, by entry id. */
    public Map<String, RegistryScreening> all() {
        return db.read(c -> {
            Map<String, RegistryScreening> out = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT entry_id, screened_at, list_versions,"
                    + " matches_json FROM registry_screening ORDER BY entry_id");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    RegistryScreening s = read(rs);
                    out.put(s.entryId(), s);
                }
            }
            return out;
        });
    }

    private static RegistryScreening read(ResultSet rs) throws java.sql.SQLException {
        return new RegistryScreening(rs.getString(1), Timestamps.parse(rs.getString(2)),
                Json.readList(rs.getString(3)), rs.getString(4));
    }
}
