-- 0017 staff accounts: a real name (姓名) and deactivation.
-- The real name is personal data like a citizen's: sealed with the data key (AES-256-GCM, bound
-- to this table, column and user name), NULL when none was recorded.
ALTER TABLE staff_accounts ADD COLUMN real_name BLOB;
-- A deactivated account stays for the audit trail (its user name is never given to anyone
-- else) but cannot sign in; NULL while the account is active.
ALTER TABLE staff_accounts ADD COLUMN deactivated_at TEXT;
