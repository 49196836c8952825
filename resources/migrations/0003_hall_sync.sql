-- Hall sync: events the hall refused (parked for a person), events pulled from the hall's
-- feed, and the engine's small state (feed cursor, last success, last error).

CREATE TABLE parked_events (
    event_id  TEXT PRIMARY KEY REFERENCES events(event_id),
    code      TEXT NOT NULL,
    message   TEXT NOT NULL,
    parked_at TEXT NOT NULL
) STRICT;

CREATE TABLE inbox_events (
    event_id    TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    body        BLOB NOT NULL,
    received_at TEXT NOT NULL,
    applied_at  TEXT
) STRICT;
CREATE INDEX inbox_events_case ON inbox_events(case_id, seq);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
