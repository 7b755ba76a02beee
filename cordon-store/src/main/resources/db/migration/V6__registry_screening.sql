-- The last screening of each registry entry against the lists, so that a list change can say which of the
-- organisation's suppliers, products and people newly match a listed party.
CREATE TABLE registry_screening (
    entry_id      TEXT NOT NULL PRIMARY KEY REFERENCES registry_entry (id),
    screened_at   TEXT NOT NULL,
    list_versions TEXT NOT NULL,
    matches_json  TEXT NOT NULL
);
