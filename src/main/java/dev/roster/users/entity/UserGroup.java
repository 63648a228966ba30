package dev.roster.users.entity;

import dev.roster.kernel.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A group of users: a name that other applications read from the tokens' {@code groups} claim
 * (lower case, unique; see {@code GroupRules}) and a description for administrators. Who belongs
 * to it is kept in {@link GroupMembership} rows, never loaded as a collection.
 */
@Entity
@DynamicUpdate
@Table(name = "user_groups")
public class UserGroup {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = Limits.GROUP_NAME_MAX)
    private String name;

    @Column(length = Limits.GROUP_DESCRIPTION_MAX)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserGroup() {
    }

    public UserGroup(String name, String description, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void describe(String description, Instant now) {
        this.description = description;
        this.updatedAt = now;
    }
}
