-- 0009 rating follow-ups: a 不满意 (2) or 非常不满意 (1) rating opens one follow-up (差评整改) per
-- rated submission, which a supervisor closes with what was done about it.
-- due_on: 15 working days after the day of the rating, counted on the catalog calendar like every
-- legal limit. 国办发〔2019〕51号 (关于建立政务服务“好差评”制度提高政务服务水平的意见) asks for
-- every 差评 to be checked, remedied and answered (核实、整改、反馈); the provincial 好差评 rules
-- that implement it set 15 working days for 不满意 and 非常不满意 (RatingFollowUps::kDueWorkingDays).
CREATE TABLE rating_followups (
    group_id   TEXT PRIMARY KEY REFERENCES case_ratings(group_id),
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 2),
    opened_at  TEXT NOT NULL,
    due_on     TEXT NOT NULL,
    closed_at  TEXT,
    closed_by  TEXT,
    -- What was remedied, as the hall's rectification report says it: a measure, never a person's
    -- name or number (RatingFollowUps refuses ID and phone numbers), so it is not sealed.
    resolution TEXT,
    CHECK ((closed_at IS NULL) = (closed_by IS NULL) AND (closed_at IS NULL) = (resolution IS NULL))
) STRICT;
CREATE INDEX rating_followups_open ON rating_followups(closed_at, due_on);
