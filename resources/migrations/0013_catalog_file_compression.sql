-- 0013 catalog file compression: a kept catalog version's signed bytes may be stored
-- zlib-compressed (Qt's qCompress format). A catalog is JSON of tens of MB that compresses about
-- tenfold, and its copy was the largest single write of a load. sha256 stays the hash of the
-- bytes as signed, checked after decompressing. Versions kept so far stay as they are.
ALTER TABLE catalog_versions ADD COLUMN file_encoding TEXT NOT NULL DEFAULT 'identity'
    CHECK (file_encoding IN ('identity', 'zlib'));
