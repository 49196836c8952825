-- 0001 foundation: schema bookkeeping, terminal settings, and the append-only event log.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

-- Terminal settings as validated key/value pairs (values are JSON text).
CREATE TABLE terminal_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Every state change is one row here, written in the same transaction as the change.
-- The sync engine ships rows whose sent_at is NULL; rows are never updated otherwise.
CREATE TABLE events (
    event_id   TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL,
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    type       TEXT NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    body       BLOB NOT NULL,
    sent_at    TEXT,
    UNIQUE (case_id, seq)
) STRICT;
CREATE INDEX events_unsent ON events(sent_at) WHERE sent_at IS NULL;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_no_rewrite BEFORE UPDATE OF event_id, case_id, seq, type, at, actor, body ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
