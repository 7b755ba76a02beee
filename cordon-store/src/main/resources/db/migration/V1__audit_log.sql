-- One schema for SQLite and PostgreSQL: TEXT, BIGINT and INTEGER only; ids are assigned by the application;
-- timestamps are fixed-width ISO-8601 text in UTC, so text order is time order.

-- The hash chain. The application only ever inserts here.
CREATE TABLE audit_record (
    seq           BIGINT NOT NULL PRIMARY KEY,
    at            TEXT   NOT NULL,
    actor         TEXT   NOT NULL,
    action        TEXT   NOT NULL,
    subject       TEXT   NOT NULL,
    payload       TEXT   NOT NULL,
    list_versions TEXT   NOT NULL,
    prev_hash     TEXT   NOT NULL,
    hash          TEXT   NOT NULL
);

CREATE INDEX audit_record_subject ON audit_record (subject, seq);

-- The last record's number and hash, moved in the same transaction as each append: removing records from the end
-- of the chain leaves the head pointing past them. Its one row is also the lock that serialises appends.
CREATE TABLE audit_head (
    id   INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq  BIGINT  NOT NULL,
    hash TEXT    NOT NULL
);

INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
