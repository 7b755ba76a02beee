-- Review cases for REVIEW outcomes, their history, and the suppressions false positives leave behind.
CREATE TABLE review_case (
    id          TEXT NOT NULL PRIMARY KEY,
    decision_id TEXT NOT NULL REFERENCES decision (id),
    subject     TEXT NOT NULL,
    party_id    TEXT NOT NULL,
    entry_hash  TEXT NOT NULL,
    query_key   TEXT NOT NULL,
    summary     TEXT NOT NULL,
    status      TEXT NOT NULL,
    assignee    TEXT,
    resolution  TEXT,
    reason      TEXT,
    opened_at   TEXT NOT NULL,
    opened_by   TEXT NOT NULL,
    closed_at   TEXT,
    closed_by   TEXT
);

CREATE INDEX review_case_status_opened_at ON review_case (status, opened_at);
CREATE INDEX review_case_decision ON review_case (decision_id);

CREATE TABLE case_event (
    case_id   TEXT    NOT NULL REFERENCES review_case (id),
    seq       INTEGER NOT NULL,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    audit_seq BIGINT  NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- One per case decided FALSE_POSITIVE; it holds only while the listed entry keeps the same hash.
CREATE TABLE suppression (
    case_id    TEXT NOT NULL PRIMARY KEY REFERENCES review_case (id),
    query_key  TEXT NOT NULL,
    party_id   TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX suppression_query_party ON suppression (query_key, party_id, entry_hash);
