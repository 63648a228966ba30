--liquibase formatted sql

--changeset roster:005-user-theme
-- The pages' colour scheme each user chose on My Profile (light or dark), applied at every
-- page they open after logging in. Existing accounts keep the light scheme.
ALTER TABLE users ADD COLUMN theme VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'light';
--rollback ALTER TABLE users DROP COLUMN theme;
