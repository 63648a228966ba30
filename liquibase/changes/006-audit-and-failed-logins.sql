--liquibase formatted sql

--changeset roster:006-audit-events
-- The audit log: one row per event, appended in the transaction of the action it records (a
-- refused action in a transaction of its own). actor is a user id, 'cli', 'system' or
-- 'anonymous'; the emails are kept as they were then, so an event still reads after the user
-- is gone. changes lists field names only, never values; nothing secret is ever stored.
CREATE TABLE audit_events (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6) NOT NULL,
    actor          VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    actor_email    VARCHAR(${email_length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    action         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    target_user_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    target_email   VARCHAR(${email_length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    object_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    client_address VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NULL,
    result         VARCHAR(7) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    detail         VARCHAR(255) NULL,
    changes        VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
    CONSTRAINT pk_audit_events PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_occurred ON audit_events (occurred_at);
CREATE INDEX ix_audit_actor ON audit_events (actor, occurred_at);
CREATE INDEX ix_audit_actor_email ON audit_events (actor_email, occurred_at);
CREATE INDEX ix_audit_target ON audit_events (target_user_id, occurred_at);
CREATE INDEX ix_audit_target_email ON audit_events (target_email, occurred_at);
CREATE INDEX ix_audit_action ON audit_events (action, occurred_at);
--rollback DROP TABLE audit_events;

--changeset roster:006-audit-append-only
-- Events are never changed; only the retention purge deletes them.
CREATE TRIGGER tr_audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit events cannot be changed';
--rollback DROP TRIGGER tr_audit_events_no_update;

--changeset roster:006-failed-logins
-- Consecutive failed logins per normalised email (known or not, so that the answers never tell
-- which accounts exist) and failed logins per client address in the current window. Counted
-- with one INSERT ... ON DUPLICATE KEY UPDATE each, so parallel attempts lose no increment.
CREATE TABLE failed_logins_by_email (
    email           VARCHAR(${email_length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    failures        INT NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL,
    CONSTRAINT pk_failed_logins_by_email PRIMARY KEY (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE failed_logins_by_address (
    address         VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    failures        INT NOT NULL,
    window_start    DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL,
    CONSTRAINT pk_failed_logins_by_address PRIMARY KEY (address)
) ENGINE=InnoDB;
--rollback DROP TABLE failed_logins_by_email; DROP TABLE failed_logins_by_address;
