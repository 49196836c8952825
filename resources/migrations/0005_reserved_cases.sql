-- Placeholder: schema version 5 is the kiosk's cases migration (0005_cases.sql on its branch).
-- Delete this file when that migration is merged; versions must have no gaps.
SELECT 1;
