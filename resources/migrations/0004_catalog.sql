-- catalog: trusted publishers, every applied catalog version, the active catalog's
-- departments, items and calendar, and the finder's FTS5 index.

CREATE TABLE catalog_publishers (
    key_id         TEXT PRIMARY KEY,
    algorithm      TEXT NOT NULL CHECK (algorithm IN ('SM2-SM3', 'ES256')),
    public_key_pem TEXT NOT NULL,
    added_at       TEXT NOT NULL
) STRICT;

-- Every applied catalog, with its exact signed bytes, so a rollback re-applies what was
-- verified and nothing else.
CREATE TABLE catalog_versions (
    version_id       INTEGER PRIMARY KEY,
    catalog_version  TEXT NOT NULL,
    publisher        TEXT NOT NULL,
    publisher_key_id TEXT NOT NULL,
    issued_at        TEXT NOT NULL,
    item_count       INTEGER NOT NULL CHECK (item_count >= 0),
    sha256           TEXT NOT NULL,
    file             BLOB NOT NULL,
    signature        TEXT NOT NULL,
    imported_at      TEXT NOT NULL
) STRICT;

-- The one active version (no row: no catalog loaded yet).
CREATE TABLE catalog_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    active_version INTEGER NOT NULL REFERENCES catalog_versions(version_id),
    activated_at   TEXT NOT NULL
) STRICT;

-- The active catalog, replaced as a whole when a version is applied or rolled back to.
CREATE TABLE catalog_departments (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE catalog_certificate_types (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE catalog_calendar (
    day  TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday'))
) STRICT;

CREATE TABLE catalog_themes (
    name       TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    item_count INTEGER NOT NULL
) STRICT;

-- themes and audience are "|a|b|" so a filter is instr(themes, '|a|'); snapshot is the item's
-- JSON exactly as published, the copy a case keeps.
CREATE TABLE catalog_items (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    short_name          TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    department          TEXT NOT NULL,
    level               TEXT NOT NULL,
    kind                TEXT NOT NULL,
    themes              TEXT NOT NULL,
    audience            TEXT NOT NULL,
    legal_limit_days    INTEGER NOT NULL,
    promised_limit_days INTEGER NOT NULL,
    fee_cents           INTEGER NOT NULL,
    online_level        INTEGER NOT NULL,
    snapshot            TEXT NOT NULL
) STRICT;
CREATE INDEX catalog_items_department ON catalog_items(department, name);

-- rowid = catalog_items.id. head: name and short name, compact and as joined pinyin (exact
-- and prefix matches); initials: their pinyin initials; inner: the names' single Han
-- characters and syllable-boundary pinyin suffixes (matches inside a name); body: the same
-- for themes, department and materials, and the item code.
CREATE VIRTUAL TABLE catalog_search USING fts5(
    head, initials, inner, body,
    tokenize = 'unicode61 remove_diacritics 0',
    detail = column,
    prefix = '1 2 3 4 5 6');
