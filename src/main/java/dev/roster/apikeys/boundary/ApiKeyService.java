package dev.roster.apikeys.boundary;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.platform.Roles;
import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Caller;
import dev.roster.sessions.control.CurrentUser;
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

    /**
     * A new key for the caller; the answer is the only time the key itself is shown.
     *
     * @param expiresAt when it stops working, or null for never; must lie in the future
     * @throws dev.roster.sessions.entity.LoginSessionRequiredException when the caller came with an API key
     * @throws dev.roster.problems.InvalidInputException for a missing or overlong name or a past expiry
     */
    @RolesAllowed(Roles.USER)
    public ApiKeyRepresentation create(String name, Instant expiresAt) {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        Instant now = Instant.now();
        FieldErrors errors = new FieldErrors();
        String checked = ApiKeys.name(name, errors);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            errors.add("expires_at", "must lie in the future");
        }
        errors.throwIfAny();
        User owner = users.getById(caller.userId());
        ApiKeys.Issued issued = apiKeys.issue(owner, checked, expiresAt, now);
        return ApiKeyRepresentation.of(issued.apiKey(), issued.key());
    }

    @RolesAllowed(Roles.USER)
    public List<ApiKeyRepresentation> mine() {
        return apiKeys.usableOf(currentUser.get().userId(), Instant.now()).stream().map(ApiKeyRepresentation::of).toList();
    }

    /** @throws dev.roster.apikeys.entity.ApiKeyNotFoundException unless it is one of the caller's usable keys */
    @RolesAllowed(Roles.USER)
    public void revokeMine(String keyId) {
        apiKeys.revoke(currentUser.get().userId(), keyId, Instant.now());
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
    public void revoke(String userId, String keyId) {
        apiKeys.revoke(users.getById(userId).getId(), keyId, Instant.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public int revokeAll(String userId) {
        return apiKeys.revokeAllOf(users.getById(userId).getId(), Instant.now());
    }
}
