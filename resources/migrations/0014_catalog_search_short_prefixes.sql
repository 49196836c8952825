-- 0014 catalog search short prefixes: the finder's index keeps prefix indexes for 1 and 2
-- characters only, and no per-row token counts (columnsize = 0: nothing ranks by them). One
-- or two typed letters match thousands of terms and need their prefix index; from three letters
-- on, scanning the matching terms is as fast (bench_catalog over 50,000 items: search p99 about
-- 2 ms either way, budget 5 ms), and the two longer prefix indexes were a fifth of the time a
-- catalog load spent writing its index; with the token counts, 11 of its 37 MB.
-- The index keeps no texts (0012), so it cannot be copied into the new definition: it is made
-- empty here and the active catalog is marked for re-indexing, which CatalogStore does from the
-- active items when the terminal or onewindowctl next opens the catalog. The next load writes
-- it anyway.
CREATE VIRTUAL TABLE catalog_search_next USING fts5(
    head, initials, inner, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0',
    detail = column,
    prefix = '1 2',
    columnsize = 0);
DROP TABLE catalog_search;
ALTER TABLE catalog_search_next RENAME TO catalog_search;
ALTER TABLE catalog_state ADD COLUMN search_index_stale INTEGER NOT NULL DEFAULT 0
    CHECK (search_index_stale IN (0, 1));
UPDATE catalog_state SET search_index_stale = 1;
