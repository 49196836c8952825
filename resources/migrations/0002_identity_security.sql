-- 0002 identity and security: key fingerprints, the audit chain, staff accounts, citizens.

-- Fingerprints (HMAC of a constant) of the keys in the data key file: they tell a missing or
-- foreign key file apart from a first start, and never help to recover a key.
CREATE TABLE security_keys (
    purpose     TEXT NOT NULL CHECK (purpose IN ('data', 'lookup', 'audit')),
    key_id      INTEGER NOT NULL CHECK (key_id >= 0),
    fingerprint BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (purpose, key_id)
) STRICT;

-- Append-only HMAC chain: mac = HMAC(audit key, prev_mac, seq, at, actor, action, subject, detail).
CREATE TABLE audit_log (
    seq      INTEGER PRIMARY KEY CHECK (seq >= 1),
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT NOT NULL,
    detail   TEXT NOT NULL,
    prev_mac BLOB NOT NULL,
    mac      BLOB NOT NULL
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE staff_accounts (
    user_name           TEXT PRIMARY KEY,
    role                TEXT NOT NULL
                        CHECK (role IN ('front_desk', 'reviewer', 'supervisor', 'admin')),
    department          TEXT NOT NULL DEFAULT '',
    password_hash       TEXT NOT NULL,
    failed_sign_ins     INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until        TEXT,
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    CHECK (role <> 'reviewer' OR department <> '')
) STRICT;

-- Citizens known to this terminal: every personal field sealed with AES-256-GCM, found by
-- the keyed hash of the ID number.
CREATE TABLE citizens (
    citizen_id TEXT PRIMARY KEY,
    id_hash    BLOB NOT NULL UNIQUE,
    id_number  BLOB NOT NULL,
    name       BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
