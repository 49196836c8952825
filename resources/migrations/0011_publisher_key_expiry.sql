-- A catalog publisher key's last valid day, as the catalog authority announced it (yyyy-MM-dd,
-- the terminal's local date). NULL: the authority gave none. A key past it verifies nothing.
ALTER TABLE catalog_publishers ADD COLUMN valid_until TEXT;
