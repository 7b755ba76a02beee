-- Decisions as the JSON the policy wrote, plus the columns searched and counted.
CREATE TABLE decision (
    id               TEXT   NOT NULL PRIMARY KEY,
    created_at       TEXT   NOT NULL,
    actor            TEXT   NOT NULL,
    as_of            TEXT   NOT NULL,
    outcome          TEXT   NOT NULL,
    reference        TEXT   NOT NULL,
    transaction_json TEXT   NOT NULL,
    decision_json    TEXT   NOT NULL,
    list_versions    TEXT   NOT NULL,
    audit_seq        BIGINT NOT NULL,
    -- id, reference, actor and transaction JSON lower-cased by the application, so that both databases fold
    -- case the same way (SQLite's lower() knows only ASCII).
    search_text      TEXT   NOT NULL
);

CREATE INDEX decision_created_at ON decision (created_at, audit_seq);
CREATE INDEX decision_outcome_created_at ON decision (outcome, created_at);
