-- 0015 inbox declined events: a pulled event that no consumer at this terminal took stays in the
-- inbox, marked with the consumers that looked at it ("progress", or "progress,intake" on a back
-- office), instead of being marked applied and lost. When the terminal runs with other consumers
-- (a back office installed after events were pulled, or an upgrade that adds one) the event is
-- offered again; the hall does not send it twice, since the feed cursor has moved past it.
ALTER TABLE inbox_events ADD COLUMN declined_by TEXT;
-- Before this version, events of cases unknown here were marked applied unseen whenever the back
-- office's intake was not yet installed (at start-up, or pulled by onewindowctl sync now): they
-- are offered again, so the cases they carry are taken in at the next start.
UPDATE inbox_events SET applied_at = NULL
    WHERE case_id NOT IN (SELECT case_id FROM cases);
CREATE INDEX inbox_events_pending ON inbox_events(applied_at, declined_by);
