package org.cordon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * API keys: created with a role, shown once, stored as a SHA-256 hash, revoked for good. Creation and revocation
 * are audited ({@code api-key.create}, {@code api-key.revoke}).
 *
 * <p>A hash without salt is enough here: a key holds 256 random bits, so there is nothing to guess from it.
 */
public final class ApiKeys {

    /** Every key starts with this, so that a leaked key is recognised (and found by secret scanners). */
    public static final String PREFIX = "cordon_";

    private static final String COLUMNS = "id, role, label, created_at, revoked_at";

    private final Database db;
    private final AuditLog audit;

    public ApiKeys(Database db) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = new AuditLog(db);
    }

    /** Creates a key; its plaintext is in the result and nowhere else. */
    public NewApiKey create(Role role, String label, String actor) {
        Objects.requireNonNull(role, "role");
        Checks.text(label, "label");
        Checks.nonBlank(actor, "actor");
        byte[] secret = new byte[32];
        Digests.RANDOM.nextBytes(secret);
        String plaintext = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = Digests.newId("key");
        return db.transaction(c -> {
            Instant now = Timestamps.now(db.clock());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_key (id, key_hash, role, label, "
                    + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, Digests.sha256Hex(plaintext));
                insert.setString(3, role.wireName());
                insert.setString(4, label);
                insert.setString(5, Timestamps.format(now));
                insert.setString(6, actor);
                insert.executeUpdate();
            }
            audit.append(actor, "api-key.create", "api-key:" + id,
                    Json.write(Json.object().put("id", id).put("role", role.wireName()).put("label", label)),
                    List.of());
            return new NewApiKey(new ApiKey(id, role, label, now, Optional.empty()), plaintext);
        });
    }

    /** The key's record when {@code presented} is a key that exists and is not revoked. */
    public Optional<ApiKey> authenticate(String presented) {
        Objects.requireNonNull(presented, "presented");
        if (!presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        String hash = Digests.sha256Hex(presented);
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")) {
                select.setString(1, hash);
                return first(select);
            }
        });
    }

    /**
     * Revokes a key for good.
     *
     * @throws NoSuchElementException when there is no such key
     * @throws IllegalStateException when it is already revoked
     */
    public ApiKey revoke(String id, String actor) {
        Checks.text(id, "id");
        Checks.nonBlank(actor, "actor");
        return db.transaction(c -> {
            ApiKey key = find(c, id, true).orElseThrow(() -> new NoSuchElementException("no API key " + id));
            if (key.revoked()) {
                throw new IllegalStateException("API key " + id + " was already revoked at " + key.revokedAt().get());
            }
            Instant now = Timestamps.now(db.clock());
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ?")) {
                update.setString(1, Timestamps.format(now));
                update.setString(2, actor);
                update.setString(3, id);
                update.executeUpdate();
            }
            audit.append(actor, "api-key.revoke", "api-key:" + id, Json.write(Json.object().put("id", id)),
                    List.of());
            return new ApiKey(key.id(), key.role(), key.label(), key.createdAt(), Optional.of(now));
        });
    }

    public Optional<ApiKey> get(String id) {
        Checks.text(id, "id");
        return db.read(c -> find(c, id, false));
    }

    /** Every key, revoked ones too, oldest first. */
    public List<ApiKey> list() {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM api_key ORDER BY created_at, id")) {
                List<ApiKey> keys = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        keys.add(read(rs));
                    }
                }
                return keys;
            }
        });
    }

    private Optional<ApiKey> find(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM api_key WHERE id = ?"
                + (lock ? db.dialect().forUpdate() : ""))) {
            select.setString(1, id);
            return first(select);
        }
    }

    private static Optional<ApiKey> first(PreparedStatement select) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static ApiKey read(ResultSet rs) throws SQLException {
        String revoked = rs.getString(5);
        return new ApiKey(rs.getString(1), Role.parse(rs.getString(2)), rs.getString(3),
                Timestamps.parse(rs.getString(4)),
                revoked == null ? Optional.empty() : Optional.of(Timestamps.parse(revoked)));
    }
}
