-- Social security statements (参保证明) this terminal issued, to be registered with the hall so
-- that a receiver can check one there. A row is written before the statement is printed and
-- kept until the hall has it: a statement printed while the hall is unreachable is registered
-- later. The body is what is sent (number, verification value, issue time, period, terminal):
-- nothing personal. parked_code/parked_message: the hall refused it (4xx); a person looks.

CREATE TABLE statement_registrations (
    statement_number TEXT PRIMARY KEY,
    body             TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    registered_at    TEXT,
    parked_code      TEXT,
    parked_message   TEXT
) STRICT;
CREATE INDEX statement_registrations_pending ON statement_registrations (registered_at, created_at);
