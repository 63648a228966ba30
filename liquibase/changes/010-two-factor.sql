--liquibase formatted sql

--changeset roster:010-two-factor-users
-- Two-factor sign-in by time-based codes (RFC 6238) and the actions a user must take first.
-- totp_secret is the Base32 secret of a confirmed enrolment (never returned after it); a pending one waits
-- for its first code in totp_pending_secret. totp_last_step is the time step of the last code accepted:
-- a code is accepted only for a later step, by a conditional update, so it counts once however many
-- requests race with it. required_actions lists change_password and enrol_mfa, comma-separated.
ALTER TABLE users
    ADD COLUMN totp_secret         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN totp_pending_secret VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN totp_enabled_at     DATETIME(6) NULL,
    ADD COLUMN totp_last_step      BIGINT NULL,
    ADD COLUMN required_actions    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
--rollback ALTER TABLE users DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step, DROP COLUMN required_actions;

--changeset roster:010-recovery-codes
-- The SHA-256 of each recovery code (80 random bits, so a fast hash is enough); used once, by a conditional update.
CREATE TABLE recovery_codes (
    user_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    code_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    used_at   DATETIME(6) NULL,
    CONSTRAINT pk_recovery_codes PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
--rollback DROP TABLE recovery_codes;

--changeset roster:010-mfa-challenges
-- A login whose password was right and which waits for its second factor: the SHA-256 of the token handed
-- out for it, lives five minutes, ends with the code that completes it.
CREATE TABLE mfa_challenges (
    id          CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id     CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    remember_me BOOLEAN NOT NULL,
    ip_address  VARCHAR(45) NULL,
    CONSTRAINT pk_mfa_challenges PRIMARY KEY (id),
    CONSTRAINT fk_mfa_challenges_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mfa_challenges_expires ON mfa_challenges (expires_at);
--rollback DROP TABLE mfa_challenges;

--changeset roster:010-session-amr
-- How a session's login was proven (the token's amr claim): "pwd", or "pwd otp" with a second factor.
ALTER TABLE sessions ADD COLUMN amr VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'pwd';
--rollback ALTER TABLE sessions DROP COLUMN amr;
