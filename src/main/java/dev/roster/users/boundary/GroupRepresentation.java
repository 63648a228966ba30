package dev.roster.users.boundary;

import dev.roster.users.control.GroupRow;
import dev.roster.users.entity.UserGroup;
import java.time.Instant;

/** A group as administrators see it. */
public record GroupRepresentation(String groupId, String name, String description, long memberCount, Instant createdAt, Instant updatedAt) {

    public static GroupRepresentation of(GroupRow row) {
        UserGroup group = row.group();
        return new GroupRepresentation(group.getId(), group.getName(), group.getDescription(), row.memberCount(), group.getCreatedAt(),
                group.getUpdatedAt());
    }
}
