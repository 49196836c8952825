-- 0012 catalog search contentless: the finder reads only which items match (rowid) and joins
-- catalog_items for everything it shows, so the index need not keep its own copy of every
-- indexed text. That copy was a fifth of a loaded catalog's pages and a quarter of the time
-- spent loading its index. The index is rebuilt from the active catalog's texts as they are,
-- so the active catalog stays searchable; the next load writes it from this definition.
CREATE VIRTUAL TABLE catalog_search_next USING fts5(
    head, initials, inner, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0',
    detail = column,
    prefix = '1 2 3 4');
INSERT INTO catalog_search_next (rowid, head, initials, inner, body)
    SELECT rowid, head, initials, inner, body FROM catalog_search;
DROP TABLE catalog_search;
ALTER TABLE catalog_search_next RENAME TO catalog_search;
