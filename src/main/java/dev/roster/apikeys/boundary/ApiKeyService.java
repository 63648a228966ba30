package dev.roster.apikeys.boundary;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.apikeys.control.NewApiKey;
import dev.roster.audit.boundary.Audited;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Personal API keys. Any user ({@code user}) creates, lists and revokes their own; creating
 * one needs a login session (a key cannot make keys). Administrators ({@code admin}) list and
 * revoke anyone's.
 */
@Stateless
@DenyAll
public class ApiKeyService {

    @Inject
    ApiKeys apiKeys;

    @Inject
    Users users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /**
     * A new key for the caller; the answer is the only time the key itself is shown.
     *
     * @param expiresAt when it stops working, or null for never; must lie in the future
     * @throws dev.roster.kernel.LoginSessionRequiredException when the caller came with an API key
     * @throws dev.roster.problems.InvalidInputException for a missing or overlong name or a past expiry
     */
    @RolesAllowed(Roles.USER)
    @Audited(value = AuditAction.API_KEY_CREATE, self = true)
    public ApiKeyRepresentation create(String name, Instant expiresAt) {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        Instant now = Instant.now();
        NewApiKey key = new NewApiKey(name, expiresAt);
        FieldErrors errors = new FieldErrors();
        Constraints.check(key, errors);
        errors.throwIfAny();
        User owner = users.getById(caller.userId());
        ApiKeys.Issued issued = apiKeys.issue(owner, key.name(), key.expiresAt(), now);
        audit.success(currentUser.actor(), AuditAction.API_KEY_CREATE, AuditTarget.user(owner.getId(), owner.getEmail()).with(issued.apiKey().getId()), List.of(),
                "Key " + issued.apiKey().getPrefix());
        return ApiKeyRepresentation.of(issued.apiKey(), issued.key());
    }

    @RolesAllowed(Roles.USER)
    public List<ApiKeyRepresentation> mine() {
        return apiKeys.usableOf(currentUser.get().userId(), Instant.now()).stream().map(ApiKeyRepresentation::of).toList();
    }

    /** @throws dev.roster.apikeys.entity.ApiKeyNotFoundException unless it is one of the caller's usable keys */
    @RolesAllowed(Roles.USER)
    @Audited(value = AuditAction.API_KEY_REVOKE, self = true)
    public void revokeMine(@Audited.AuditObject String keyId) {
        apiKeys.revoke(currentUser.get().userId(), keyId, Instant.now());
        Actor actor = currentUser.actor();
        audit.success(actor, AuditAction.API_KEY_REVOKE, new AuditTarget(actor.userId(), actor.email(), keyId));
    }

    /** @throws dev.roster.users.entity.UserNotFoundException for an unknown user */
    @RolesAllowed(Roles.ADMIN)
    public List<ApiKeyRepresentation> of(String userId) {
        return apiKeys.usableOf(users.getById(userId).getId(), Instant.now()).stream().map(ApiKeyRepresentation::of).toList();
    }

    /**
     * @throws dev.roster.users.entity.UserNotFoundException for an unknown user
     * @throws dev.roster.apikeys.entity.ApiKeyNotFoundException unless it is one of that user's usable keys
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.API_KEY_REVOKE)
    public void revoke(@Audited.AuditTarget String userId, @Audited.AuditObject String keyId) {
        User owner = users.getById(userId);
        apiKeys.revoke(owner.getId(), keyId, Instant.now());
        audit.success(currentUser.actor(), AuditAction.API_KEY_REVOKE, AuditTarget.user(owner.getId(), owner.getEmail()).with(keyId));
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.API_KEY_REVOKE)
    public int revokeAll(@Audited.AuditTarget String userId) {
        User owner = users.getById(userId);
        int revoked = apiKeys.revokeAllOf(owner.getId(), Instant.now());
        audit.success(currentUser.actor(), AuditAction.API_KEY_REVOKE, AuditTarget.user(owner.getId(), owner.getEmail()), List.of(), "All keys (" + revoked + ")");
        return revoked;
    }
}
