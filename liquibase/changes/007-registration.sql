--liquibase formatted sql

--changeset roster:007-pending-accounts
-- Self-registration: an account that awaits an administrator's approval is pending (and never
-- active). The trigger-kept counts gain the flag, so that the list's total for status=pending is
-- read, not counted; pending accounts are few, so their index keeps that page from scanning all users.
DROP TRIGGER tr_users_count_insert;
DROP TRIGGER tr_users_count_delete;
DROP TRIGGER tr_users_count_update;
ALTER TABLE users ADD COLUMN is_pending BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_users_pending_created_at ON users (is_pending, created_at);
DELETE FROM user_counts;
ALTER TABLE user_counts ADD COLUMN is_pending BOOLEAN NOT NULL DEFAULT FALSE,
    DROP PRIMARY KEY, ADD CONSTRAINT pk_user_counts PRIMARY KEY (is_admin, is_active, is_pending);
INSERT INTO user_counts (is_admin, is_active, is_pending, n)
SELECT a.v, s.v, p.v, (SELECT COUNT(*) FROM users u WHERE u.is_admin = a.v AND u.is_active = s.v AND u.is_pending = p.v)
FROM (SELECT FALSE AS v UNION ALL SELECT TRUE) a CROSS JOIN (SELECT FALSE AS v UNION ALL SELECT TRUE) s
     CROSS JOIN (SELECT FALSE AS v UNION ALL SELECT TRUE) p;
CREATE TRIGGER tr_users_count_insert AFTER INSERT ON users FOR EACH ROW
    UPDATE user_counts SET n = n + 1 WHERE is_admin = NEW.is_admin AND is_active = NEW.is_active AND is_pending = NEW.is_pending;
CREATE TRIGGER tr_users_count_delete AFTER DELETE ON users FOR EACH ROW
    UPDATE user_counts SET n = n - 1 WHERE is_admin = OLD.is_admin AND is_active = OLD.is_active AND is_pending = OLD.is_pending;
CREATE TRIGGER tr_users_count_update AFTER UPDATE ON users FOR EACH ROW
    UPDATE user_counts
       SET n = n + (is_admin = NEW.is_admin AND is_active = NEW.is_active AND is_pending = NEW.is_pending)
                 - (is_admin = OLD.is_admin AND is_active = OLD.is_active AND is_pending = OLD.is_pending)
     WHERE (OLD.is_admin <> NEW.is_admin OR OLD.is_active <> NEW.is_active OR OLD.is_pending <> NEW.is_pending)
       AND ((is_admin = OLD.is_admin AND is_active = OLD.is_active AND is_pending = OLD.is_pending)
         OR (is_admin = NEW.is_admin AND is_active = NEW.is_active AND is_pending = NEW.is_pending));
--rollback DROP TRIGGER tr_users_count_insert; DROP TRIGGER tr_users_count_delete; DROP TRIGGER tr_users_count_update; DROP INDEX ix_users_pending_created_at ON users; ALTER TABLE users DROP COLUMN is_pending; ALTER TABLE user_counts DROP PRIMARY KEY, DROP COLUMN is_pending;

--changeset roster:007-registrations-by-address
-- Self-registrations from one client address in the current window: a flood of sign-ups from one
-- address is refused until its window ends. Written only by RegistrationThrottle's atomic upserts.
CREATE TABLE registrations_by_address (
    address       VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registrations INT NOT NULL,
    window_start  DATETIME(6) NOT NULL,
    CONSTRAINT pk_registrations_by_address PRIMARY KEY (address)
) ENGINE=InnoDB;
CREATE INDEX ix_registrations_by_address_window ON registrations_by_address (window_start);
--rollback DROP TABLE registrations_by_address;
