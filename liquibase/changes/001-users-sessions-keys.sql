--liquibase formatted sql

--changeset roster:001-users
-- Emails are stored normalised (trimmed, lower-cased); the unique index, not a check before
-- the insert, is what keeps two accounts from sharing one. Binary collation so that no
-- collation rule (accents, ligatures) makes two different addresses collide.
CREATE TABLE users (
    id            CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    email         VARCHAR(${email_length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    display_name  VARCHAR(${display_name_length}) NULL,
    password_hash VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    is_admin      BOOLEAN NOT NULL DEFAULT FALSE,
    is_active     BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    last_login_at DATETIME(6) NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uk_users_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_users_created_at ON users (created_at);
CREATE INDEX ix_users_admin_active ON users (is_admin, is_active);
--rollback DROP TABLE users;

--changeset roster:001-sessions
-- One row per login; its id is the JWT's jti. Deleting a user deletes their sessions.
CREATE TABLE sessions (
    id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    ip_address   VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NULL,
    user_agent   VARCHAR(512) NULL,
    remember_me  BOOLEAN NOT NULL DEFAULT FALSE,
    revoked_at   DATETIME(6) NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sessions_user ON sessions (user_id);
CREATE INDEX ix_sessions_expires ON sessions (expires_at);
--rollback DROP TABLE sessions;

--changeset roster:001-signing-keys
-- RSA key pairs that sign tokens, shared by every node. Generated on first start.
CREATE TABLE signing_keys (
    kid         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_key  TEXT CHARACTER SET ascii NOT NULL,
    private_key TEXT CHARACTER SET ascii NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    retired_at  DATETIME(6) NULL,
    CONSTRAINT pk_signing_keys PRIMARY KEY (kid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
--rollback DROP TABLE signing_keys;

--changeset roster:001-locks
-- Named rows that transactions lock (SELECT ... FOR UPDATE) to serialise a decision across
-- nodes: 'administrators' guards "exactly one first-run setup" and "never zero admins",
-- 'signing_keys' guards key generation.
CREATE TABLE locks (
    name VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    CONSTRAINT pk_locks PRIMARY KEY (name)
) ENGINE=InnoDB;
INSERT INTO locks (name) VALUES ('administrators'), ('signing_keys');
--rollback DROP TABLE locks;
