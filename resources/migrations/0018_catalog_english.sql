-- 0018 the catalog in English: what the publisher says in English of a certificate type and of
-- a theme (items and departments have had name_en since 0004). '' when it gave none; the kiosk
-- then shows the Chinese. A catalog active before this migration has '' until it is loaded again.
ALTER TABLE catalog_certificate_types ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_themes ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
