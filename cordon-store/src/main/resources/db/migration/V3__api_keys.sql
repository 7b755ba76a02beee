-- API keys: only the SHA-256 of a key is kept; the key itself is shown once, when it is created.
CREATE TABLE api_key (
    id         TEXT NOT NULL PRIMARY KEY,
    key_hash   TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
