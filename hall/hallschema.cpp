#include "hallschema.h"

namespace onewindow::hall {

QList<Migration> HallSchema::migrations()
{
    // Later changes add steps instead of editing one.
    static const char *const v1 = R"SQL(
-- onewindow::Database records every applied step here.
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE terminals (
    terminal_id TEXT PRIMARY KEY, town_hall TEXT NOT NULL, department TEXT) STRICT;
-- seq is the global feed cursor: AUTOINCREMENT never reuses a number.
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    case_seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    content_hash BLOB NOT NULL,
    json TEXT NOT NULL,
    received_at TEXT NOT NULL) STRICT;
CREATE UNIQUE INDEX events_case_seq ON events (case_id, terminal_id, case_seq);
CREATE INDEX events_case ON events (case_id);
-- Who sees which event (eventfeed.h); cursor is the position the terminals page by.
CREATE TABLE feed (
    cursor INTEGER PRIMARY KEY AUTOINCREMENT,
    event_seq INTEGER NOT NULL REFERENCES events (seq),
    audience TEXT NOT NULL) STRICT;
CREATE INDEX feed_audience ON feed (audience, cursor);
CREATE INDEX feed_event ON feed (event_seq, cursor);
CREATE TABLE cases (
    case_id TEXT PRIMARY KEY, town_hall TEXT NOT NULL, filing_terminal TEXT NOT NULL) STRICT;
CREATE INDEX cases_town_hall ON cases (town_hall);
CREATE TABLE case_departments (
    case_id TEXT NOT NULL, department TEXT NOT NULL, PRIMARY KEY (case_id, department)) STRICT;
CREATE TABLE decisions (
    case_id TEXT NOT NULL, department TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL,
    PRIMARY KEY (case_id, department)) STRICT;
CREATE TABLE idempotency (
    terminal_id TEXT NOT NULL, key TEXT NOT NULL, route TEXT NOT NULL, body_hash BLOB NOT NULL,
    status INTEGER NOT NULL, response BLOB NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (terminal_id, key)) STRICT;
CREATE TABLE staff (
    username TEXT PRIMARY KEY, display_name TEXT NOT NULL, password_hash TEXT NOT NULL,
    roles TEXT NOT NULL, department TEXT, town_hall TEXT NOT NULL) STRICT;
CREATE TABLE staff_sessions (
    token_hash BLOB PRIMARY KEY, username TEXT NOT NULL, terminal_id TEXT NOT NULL,
    expires_at TEXT NOT NULL) STRICT;
CREATE TABLE catalogs (
    version TEXT PRIMARY KEY, publisher_key_id TEXT NOT NULL, file BLOB NOT NULL,
    signature TEXT NOT NULL, loaded_at TEXT NOT NULL) STRICT;
CREATE TABLE citizens (
    id_number TEXT PRIMARY KEY, name TEXT NOT NULL, gender TEXT NOT NULL, birth_date TEXT NOT NULL,
    region_code TEXT NOT NULL, city_code TEXT NOT NULL) STRICT;
CREATE TABLE certificates (
    cert_number TEXT PRIMARY KEY, id_number TEXT NOT NULL, cert_type TEXT NOT NULL,
    kid TEXT NOT NULL, alg TEXT NOT NULL, payload BLOB NOT NULL, sig BLOB NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0) STRICT;
CREATE INDEX certificates_holder ON certificates (id_number);
CREATE TABLE ss_enrollments (
    id_number TEXT NOT NULL, insurance TEXT NOT NULL, status TEXT NOT NULL,
    place_code TEXT NOT NULL, place_name TEXT NOT NULL, since TEXT NOT NULL,
    PRIMARY KEY (id_number, insurance)) STRICT;
CREATE TABLE ss_contributions (
    id_number TEXT NOT NULL, month TEXT NOT NULL, insurance TEXT NOT NULL,
    base INTEGER NOT NULL, employer_part INTEGER NOT NULL, personal_part INTEGER NOT NULL,
    paid INTEGER NOT NULL, place_code TEXT NOT NULL,
    PRIMARY KEY (id_number, month, insurance)) STRICT;
CREATE TABLE ss_accounts (
    id_number TEXT NOT NULL, account TEXT NOT NULL, balance INTEGER NOT NULL, as_of TEXT NOT NULL,
    PRIMARY KEY (id_number, account)) STRICT;
CREATE TABLE ss_transfers (
    id_number TEXT NOT NULL, month TEXT NOT NULL, from_code TEXT NOT NULL, from_name TEXT NOT NULL,
    to_code TEXT NOT NULL, to_name TEXT NOT NULL) STRICT;
CREATE TABLE pension_certifications (
    id INTEGER PRIMARY KEY, id_number TEXT NOT NULL, certified_at TEXT NOT NULL,
    terminal_id TEXT NOT NULL, method TEXT NOT NULL, photo_hash TEXT, next_due TEXT NOT NULL) STRICT;
CREATE INDEX pension_certifications_holder ON pension_certifications (id_number);
CREATE TABLE payments (
    order_id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, request_hash BLOB NOT NULL,
    amount_cents INTEGER NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, qr_content TEXT NOT NULL, request TEXT NOT NULL) STRICT;
CREATE TABLE audit_heads (
    terminal_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, mac TEXT NOT NULL,
    updated_at TEXT NOT NULL) STRICT;
CREATE TABLE audit_alarms (
    id INTEGER PRIMARY KEY, terminal_id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL,
    highest_seq INTEGER NOT NULL, at TEXT NOT NULL) STRICT;
CREATE TABLE evaluations (
    evaluation_id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, case_id TEXT NOT NULL,
    score INTEGER NOT NULL, json TEXT NOT NULL, received_at TEXT NOT NULL) STRICT;
)SQL";
    // Resident contributions the terminal may collect (城乡居民养老/医保), and which periods each
    // payment order covers, so that no period is paid twice under two orders.
    static const char *const v2 = R"SQL(
CREATE TABLE ss_dues (
    id_number TEXT NOT NULL, insurance TEXT NOT NULL, period TEXT NOT NULL,
    amount_cents INTEGER NOT NULL, due_by TEXT NOT NULL,
    PRIMARY KEY (id_number, insurance, period)) STRICT;
CREATE TABLE payment_periods (
    order_id TEXT NOT NULL REFERENCES payments (order_id), id_number TEXT NOT NULL,
    insurance TEXT NOT NULL, period TEXT NOT NULL, PRIMARY KEY (order_id, period)) STRICT;
CREATE INDEX payment_periods_holder ON payment_periods (id_number, insurance, period);
)SQL";
    // Statements (参保证明) the terminals issued, so a receiver can check one at the hall: the
    // number, its verification value and where and when it was issued, nothing personal. And
    // households, for paying a member's resident contributions.
    static const char *const v3 = R"SQL(
CREATE TABLE statements (
    statement_number TEXT PRIMARY KEY, verification_value TEXT NOT NULL, issued_at TEXT NOT NULL,
    period_from TEXT NOT NULL, period_to TEXT NOT NULL, terminal_id TEXT NOT NULL,
    registered_at TEXT NOT NULL) STRICT;
CREATE TABLE households (
    id_number TEXT NOT NULL, member_id_number TEXT NOT NULL, relation TEXT NOT NULL,
    PRIMARY KEY (id_number, member_id_number)) STRICT;
)SQL";
    // A terminal's kind (kiosk or desk) when the registry names it, for the authorizer.
    static const char *const v4 = R"SQL(
ALTER TABLE terminals ADD COLUMN kind TEXT;
)SQL";
    return { Migration { 1, QStringLiteral("hall"), QString::fromUtf8(v1) },
        Migration { 2, QStringLiteral("resident_dues"), QString::fromUtf8(v2) },
        Migration { 3, QStringLiteral("statements_households"), QString::fromUtf8(v3) },
        Migration { 4, QStringLiteral("terminal_kind"), QString::fromUtf8(v4) } };
}

} // namespace onewindow::hall
