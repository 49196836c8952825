-- e-certificates: the issuer keys and revocation lists this terminal verifies envelopes with,
-- and the version and time of the last /trust document from the hall (the trust list's age).
-- source 'hall' rows are replaced by every /trust document; 'local' rows (onewindowctl trust
-- add-issuer / revoke) stay until an administrator removes them.

CREATE TABLE certificate_issuers (
    key_id         TEXT PRIMARY KEY,
    algorithm      TEXT NOT NULL CHECK (algorithm IN ('SM2-SM3', 'ES256')),
    public_key_pem TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('hall', 'local')),
    added_at       TEXT NOT NULL
) STRICT;

CREATE TABLE certificate_revocations (
    key_id      TEXT NOT NULL,
    cert_number TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('hall', 'local')),
    added_at    TEXT NOT NULL,
    PRIMARY KEY (key_id, cert_number, source)
) STRICT;

-- One row once a /trust document was applied.
CREATE TABLE certificate_trust_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    fetched_at TEXT NOT NULL
) STRICT;
