--liquibase formatted sql

--changeset roster:009-search-in-every-script
-- Search in every script. The full-text index keeps words of three or more characters and
-- splits only at spaces and punctuation, so short words ("Wu", "李") and names written without
-- spaces (Chinese, Japanese, Korean, Thai) were found only from their first character. The
-- indexed text now also holds every word prefixed with "__" (so that a word of one or two
-- letters is a token too), and every character of those scripts as a word of its own; a search
-- asks for "__word*" (see UserSearch). Accents and case were already ignored by the column's
-- collation (utf8mb4_unicode_ci: "zoe" matches "Zoë").
SET SESSION innodb_ft_enable_stopword = OFF;
DROP INDEX ft_users_search ON users;
ALTER TABLE users MODIFY COLUMN search_text VARCHAR(1500) AS (CONCAT(email, ' ', IFNULL(display_name, ''), ' ',
    REGEXP_REPLACE(
        REGEXP_REPLACE(CONCAT(' ', email, ' ', IFNULL(display_name, '')), '([\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Hangul}\\p{Thai}])', ' \\1 '),
        '[^\\p{L}\\p{N}_]+', ' __'))) STORED;
CREATE FULLTEXT INDEX ft_users_search ON users (search_text);
--rollback DROP INDEX ft_users_search ON users; ALTER TABLE users MODIFY COLUMN search_text VARCHAR(360) AS (CONCAT(email, ' ', IFNULL(display_name, ''))) STORED; CREATE FULLTEXT INDEX ft_users_search ON users (search_text);
