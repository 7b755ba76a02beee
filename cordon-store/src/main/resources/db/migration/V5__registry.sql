-- The organisation's own suppliers, products and people, and the last decision taken on each.
CREATE TABLE registry_entry (
    id              TEXT NOT NULL PRIMARY KEY,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    attributes_json TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX registry_entry_kind_name ON registry_entry (kind, name);

CREATE TABLE registry_decision (
    entry_id    TEXT NOT NULL PRIMARY KEY REFERENCES registry_entry (id),
    decision_id TEXT NOT NULL REFERENCES decision (id),
    recorded_at TEXT NOT NULL
);
