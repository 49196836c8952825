-- 0010 catalog search prefixes: the finder's FTS5 index keeps prefix indexes for 1 to 4
-- characters only. Each prefix length is one more index entry for every token, and the
-- syllable-boundary suffixes are many tokens per item: lengths 5 and 6 cost about a third of
-- loading a catalog's index, while a query of 5 or more letters finds few enough terms to scan
-- them (under a millisecond for all four columns over 50,000 items). The index is copied as it
-- is, so the active catalog stays searchable; the next load rebuilds it from this definition.
CREATE VIRTUAL TABLE catalog_search_next USING fts5(
    head, initials, inner, body,
    tokenize = 'unicode61 remove_diacritics 0',
    detail = column,
    prefix = '1 2 3 4');
INSERT INTO catalog_search_next (rowid, head, initials, inner, body)
    SELECT rowid, head, initials, inner, body FROM catalog_search;
DROP TABLE catalog_search;
ALTER TABLE catalog_search_next RENAME TO catalog_search;
