-- 0005 cases: one-window submissions (a group per receipt, a case per item), the departments'
-- review tasks, the legal clock's pauses and extensions, and service ratings.
-- Personal data (who applied, the form's answers, which certificates were used) is sealed with
-- the terminal's field key; lookups by ID number go through a keyed hash.

CREATE TABLE case_groups (
    group_id          TEXT PRIMARY KEY,
    receipt_number    TEXT NOT NULL UNIQUE,
    filing_terminal   TEXT NOT NULL,
    submitted_at      TEXT NOT NULL,
    subject_lookup    BLOB NOT NULL,     -- HMAC of the ID number the case is about
    subject_masked    TEXT NOT NULL,     -- 张** : all a receipt-number holder is shown
    people            BLOB NOT NULL,     -- sealed JSON: applicant, principal and consent
    answers           BLOB NOT NULL,     -- sealed JSON: the merged form's answers
    data_use          BLOB NOT NULL,     -- sealed JSON: certificates and fields used, and why
    receipt_printed_at TEXT
) STRICT;
CREATE INDEX case_groups_subject ON case_groups(subject_lookup);

CREATE TABLE cases (
    case_id          TEXT PRIMARY KEY,
    group_id         TEXT NOT NULL REFERENCES case_groups(group_id),
    item_code        TEXT NOT NULL,
    item_name        TEXT NOT NULL,
    department       TEXT NOT NULL,
    catalog_version  TEXT NOT NULL,
    item_snapshot    BLOB NOT NULL,      -- the item as published when filed; never updated
    status           TEXT NOT NULL,
    legal_days       INTEGER NOT NULL CHECK (legal_days >= 0),
    promised_days    INTEGER NOT NULL CHECK (promised_days >= 0),
    extension_days   INTEGER NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    due_date         TEXT,               -- NULL while the calendar for the period is missing
    materials        BLOB NOT NULL,      -- sealed JSON: each material, how it is provided, and
                                         -- the certificate's number (often the ID number); rows
                                         -- from before it was sealed: CaseStore::sealClearMaterials
    submitted_at     TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    last_seq         INTEGER NOT NULL,   -- the case's events so far (events.seq)
    outcome_reason   TEXT
) STRICT;
CREATE INDEX cases_group ON cases(group_id);
CREATE INDEX cases_status_due ON cases(status, due_date);
CREATE INDEX cases_department_status ON cases(department, status, due_date);
CREATE INDEX cases_item_status ON cases(item_code, status);
CREATE INDEX cases_submitted ON cases(submitted_at);

-- One task per department a case is routed to (并联审批); the first stored decision wins.
CREATE TABLE review_tasks (
    case_id     TEXT NOT NULL REFERENCES cases(case_id),
    department  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'approved', 'refused')),
    opened_at   TEXT NOT NULL,
    decided_by  TEXT,
    decided_at  TEXT,
    reason      TEXT,
    PRIMARY KEY (case_id, department)
) STRICT;
CREATE INDEX review_tasks_open ON review_tasks(department, status);

-- While a correction is awaited or a special procedure runs, the legal clock stops.
CREATE TABLE clock_pauses (
    case_id    TEXT NOT NULL REFERENCES cases(case_id),
    kind       TEXT NOT NULL CHECK (kind IN ('correction', 'special_procedure')),
    started_on TEXT NOT NULL,
    ended_on   TEXT,
    reason     TEXT NOT NULL
) STRICT;
CREATE INDEX clock_pauses_case ON clock_pauses(case_id);

-- Daily receipt sequence of this terminal.
CREATE TABLE receipt_sequences (
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

-- 好差评 given at the kiosk, queued for the hall's /evaluations.
CREATE TABLE case_ratings (
    group_id   TEXT PRIMARY KEY REFERENCES case_groups(group_id),
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reasons    TEXT NOT NULL,            -- JSON array of reason codes
    rated_at   TEXT NOT NULL,
    sent_at    TEXT
) STRICT;
