package dev.roster.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A user's membership of a group; the rows go with either (the schema's cascades). */
@Entity
@Table(name = "group_members")
public class GroupMembership {

    @Embeddable
    public record Key(@Column(name = "group_id", length = 36) String groupId, @Column(name = "user_id", length = 36) String userId)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected GroupMembership() {
    }

    public GroupMembership(String groupId, String userId, Instant now) {
        this.id = new Key(groupId, userId);
        this.addedAt = now;
    }

    public Key getId() {
        return id;
    }
}
