--liquibase formatted sql

--changeset roster:003-user-search
-- Search: one full-text index over the email and the display name, so that a search for a
-- word prefix ("zeb", "grace hop", "ada@example") is an index look-up, not a scan of every
-- user. Stop words are off: a name like "Will" or "The" must be found.
SET SESSION innodb_ft_enable_stopword = OFF;
ALTER TABLE users ADD COLUMN search_text VARCHAR(360) AS (CONCAT(email, ' ', IFNULL(display_name, ''))) STORED;
CREATE FULLTEXT INDEX ft_users_search ON users (search_text);
--rollback DROP INDEX ft_users_search ON users; ALTER TABLE users DROP COLUMN search_text;

--changeset roster:003-user-counts
-- How many users there are of each role and status, kept exact by triggers in the same
-- transaction as the change. Counting 100,000 rows costs InnoDB tens of milliseconds; the
-- user list's total, the setup check and the last-administrator rule read these four rows.
CREATE TABLE user_counts (
    is_admin  BOOLEAN NOT NULL,
    is_active BOOLEAN NOT NULL,
    n         BIGINT NOT NULL,
    CONSTRAINT pk_user_counts PRIMARY KEY (is_admin, is_active)
) ENGINE=InnoDB;
INSERT INTO user_counts (is_admin, is_active, n)
SELECT a.v, s.v, (SELECT COUNT(*) FROM users u WHERE u.is_admin = a.v AND u.is_active = s.v)
FROM (SELECT FALSE AS v UNION ALL SELECT TRUE) a CROSS JOIN (SELECT FALSE AS v UNION ALL SELECT TRUE) s;
CREATE TRIGGER tr_users_count_insert AFTER INSERT ON users FOR EACH ROW
    UPDATE user_counts SET n = n + 1 WHERE is_admin = NEW.is_admin AND is_active = NEW.is_active;
CREATE TRIGGER tr_users_count_delete AFTER DELETE ON users FOR EACH ROW
    UPDATE user_counts SET n = n - 1 WHERE is_admin = OLD.is_admin AND is_active = OLD.is_active;
CREATE TRIGGER tr_users_count_update AFTER UPDATE ON users FOR EACH ROW
    UPDATE user_counts
       SET n = n + (is_admin = NEW.is_admin AND is_active = NEW.is_active) - (is_admin = OLD.is_admin AND is_active = OLD.is_active)
     WHERE (OLD.is_admin <> NEW.is_admin OR OLD.is_active <> NEW.is_active)
       AND ((is_admin = OLD.is_admin AND is_active = OLD.is_active) OR (is_admin = NEW.is_admin AND is_active = NEW.is_active));
--rollback DROP TRIGGER tr_users_count_insert; DROP TRIGGER tr_users_count_delete; DROP TRIGGER tr_users_count_update; DROP TABLE user_counts;
