--liquibase formatted sql

--changeset roster:008-groups
-- Groups of users, whose names other applications read from the tokens' groups claim. Names are
-- stored lower-cased in ASCII; the unique index decides a race between two creates or renames.
CREATE TABLE user_groups (
    id          CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(${group_name_length}) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    description VARCHAR(${group_description_length}) NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT pk_user_groups PRIMARY KEY (id),
    CONSTRAINT uk_user_groups_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE user_groups;

--changeset roster:008-group-members
-- Who is in which group. Deleting a group or a user deletes their memberships, nothing else. The
-- second index reads a user's groups (every representation of a user, and each login's token).
CREATE TABLE group_members (
    group_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    added_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_group_members PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES user_groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX ix_group_members_user ON group_members (user_id, group_id);
--rollback DROP TABLE group_members;
