package dev.roster.users.entity;

import dev.roster.kernel.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * An account. The email (normalised) is the login id; the password is kept only as an
 * Argon2id PHC string. {@code @Version} makes two concurrent edits of one user collide
 * instead of silently overwriting each other; a login's or a visit's timestamp is no edit
 * and does not bump it; and since only changed columns are written, recording a login never overwrites
 * an edit made at the same moment.
 */
@Entity
@DynamicUpdate
@Table(name = "users")
public class User {

    public static final int PASSWORD_MAX = 1024;
    /** The pages' colour schemes a user may choose; the first is every new account's. */
    public static final List<String> THEMES = List.of("light", "dark");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = Limits.EMAIL_MAX)
    private String email;

    @Column(name = "display_name", length = Limits.DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "is_pending", nullable = false)
    private boolean pending;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    /** A preference, not an edit: choosing it never collides with an administrator's change. */
    @OptimisticLock(excluded = true)
    @Column(nullable = false, length = 16)
    private String theme = THEMES.get(0);

    /** The Base32 secret of a confirmed two-factor enrolment: kept on the server, never returned once confirmed. */
    @Column(name = "totp_secret", length = 32)
    private String totpSecret;

    /** An enrolment's secret until its first code confirms it; starting again replaces it. */
    @OptimisticLock(excluded = true)
    @Column(name = "totp_pending_secret", length = 32)
    private String totpPendingSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** {@link RequiredAction} codes, comma-separated; null for none. */
    @Column(name = "required_actions", length = 64)
    private String requiredActions;

    @Version
    private long version;

    protected User() {
    }

    /** An active account. */
    public User(String email, String displayName, String passwordHash, boolean admin, Instant now) {
        this(email, displayName, passwordHash, admin, UserStatus.ACTIVE, now);
    }

    /** An account that is active or, registered by its owner, {@link UserStatus#PENDING} (never an administrator then). */
    public User(String email, String displayName, String passwordHash, boolean admin, UserStatus status, Instant now) {
        if (status == UserStatus.PENDING && admin) {
            throw new IllegalArgumentException("A pending account is never an administrator");
        }
        this.id = UUID.randomUUID().toString();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.active = status == UserStatus.ACTIVE;
        this.pending = status == UserStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPending() {
        return pending;
    }

    public UserStatus getStatus() {
        return active ? UserStatus.ACTIVE : pending ? UserStatus.PENDING : UserStatus.INACTIVE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getTheme() {
        return theme;
    }

    public void chooseTheme(String theme) {
        this.theme = theme;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String displayName, Instant now) {
        this.displayName = displayName;
        this.updatedAt = now;
    }

    public void changeEmail(String email, Instant now) {
        this.email = email;
        this.updatedAt = now;
    }

    public void changeRole(boolean admin, Instant now) {
        this.admin = admin;
        this.updatedAt = now;
    }

    /** Activates or deactivates an account that is not pending ({@link #approve} is how a pending one becomes active). */
    public void changeStatus(boolean active, Instant now) {
        if (pending) {
            throw new IllegalStateException("A pending account is approved, not activated");
        }
        this.active = active;
        this.updatedAt = now;
    }

    /** A pending account becomes active. */
    public void approve(Instant now) {
        if (!pending) {
            throw new IllegalStateException("Only a pending account is approved");
        }
        this.pending = false;
        this.active = true;
        this.updatedAt = now;
    }

    /** Whether logging in takes a second factor: a confirmed two-factor enrolment. */
    public boolean isMfaEnabled() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public String getTotpPendingSecret() {
        return totpPendingSecret;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    /** Starts (or starts again) an enrolment with this secret, which a first code must confirm. */
    public void startTotpEnrolment(String secret) {
        this.totpPendingSecret = secret;
    }

    /** The pending enrolment's secret becomes the account's second factor. */
    public void confirmTotp(Instant now) {
        if (totpPendingSecret == null) {
            throw new IllegalStateException("No enrolment to confirm");
        }
        this.totpSecret = totpPendingSecret;
        this.totpPendingSecret = null;
        this.totpEnabledAt = now;
        this.updatedAt = now;
    }

    /** Logging in takes the password alone again. */
    public void disableTotp(Instant now) {
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpEnabledAt = null;
        this.updatedAt = now;
    }

    /** What the user must do before anything else, in the order of {@link RequiredAction}. */
    public Set<RequiredAction> getRequiredActions() {
        return RequiredAction.parse(requiredActions);
    }

    public void require(RequiredAction action, Instant now) {
        Set<RequiredAction> actions = getRequiredActions();
        if (actions.add(action)) {
            this.requiredActions = RequiredAction.format(actions);
            this.updatedAt = now;
        }
    }

    /** The action is done (or no longer asked for); true when it was required. */
    public boolean clear(RequiredAction action, Instant now) {
        Set<RequiredAction> actions = getRequiredActions();
        if (!actions.remove(action)) {
            return false;
        }
        this.requiredActions = RequiredAction.format(actions);
        this.updatedAt = now;
        return true;
    }

    public void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }
}
