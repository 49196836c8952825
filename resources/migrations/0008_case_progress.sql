-- What happened to each case after filing, as the tracking page and the back office show it:
-- one row per event (made here or pulled from the hall), stored once by its event id.
CREATE TABLE case_history (
    event_id   TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(case_id),
    type       TEXT NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    department TEXT,
    status_after TEXT,           -- the status the event led to; NULL when it changed none
    note       BLOB                 -- sealed: a reviewer's reason may name people
) STRICT;
CREATE INDEX case_history_case ON case_history(case_id, at);

-- A rating the hall refused (4xx) is not sent again; the reason is kept for the administrator.
ALTER TABLE case_ratings ADD COLUMN send_error TEXT;
