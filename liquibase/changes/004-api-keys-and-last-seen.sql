--liquibase formatted sql

--changeset roster:004-api-keys
-- Personal API keys. Only a SHA-256 of the key is stored (the key carries 256 random bits,
-- so a fast hash is enough and lets a presented key be found by an index look-up); the
-- prefix is the key's first characters, shown so that a person can tell keys apart.
CREATE TABLE api_keys (
    id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(${api_key_name_length}) NOT NULL,
    prefix       VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at   DATETIME(6) NULL,
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT uk_api_keys_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_keys_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_api_keys_user ON api_keys (user_id);
--rollback DROP TABLE api_keys;

--changeset roster:004-users-last-seen
-- The user's latest activity through any session or key, kept to the minute (written at
-- most once a minute per session or key), so it survives the purge of ended sessions.
ALTER TABLE users ADD COLUMN last_seen_at DATETIME(6) NULL;
--rollback ALTER TABLE users DROP COLUMN last_seen_at;

--changeset roster:004-sessions-purge-index
CREATE INDEX ix_sessions_revoked ON sessions (revoked_at);
--rollback DROP INDEX ix_sessions_revoked ON sessions;
