--liquibase formatted sql

--changeset roster:002-user-list-indexes
-- The user list sorts by any of these; each index also carries the primary key, which breaks ties.
CREATE INDEX ix_users_display_name ON users (display_name);
CREATE INDEX ix_users_last_login_at ON users (last_login_at);
--rollback DROP INDEX ix_users_display_name ON users; DROP INDEX ix_users_last_login_at ON users;
