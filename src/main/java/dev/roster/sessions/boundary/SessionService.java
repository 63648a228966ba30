package dev.roster.sessions.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.sessions.control.Sessions;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Seeing and ending sessions. Any user ({@code user}) lists and ends their own; an
 * administrator ({@code admin}) lists and ends anyone's. An ended session's token gets 401
 * on its next request.
 */
@Stateless
@DenyAll
public class SessionService {

    @Inject
    Sessions sessions;

    @Inject
    Users users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The caller's live sessions, newest first; the one this request came with is marked current. */
    @RolesAllowed(Roles.USER)
    public List<SessionRepresentation> mine() {
        Caller caller = currentUser.get();
        return sessions.liveOf(caller.userId(), Instant.now()).stream()
                .map(s -> SessionRepresentation.of(s, caller.sessionId())).toList();
    }

    /** @throws dev.roster.sessions.entity.SessionNotFoundException unless it is one of the caller's live sessions */
    @RolesAllowed(Roles.USER)
    @Audited(value = AuditAction.SESSION_REVOKE, self = true)
    public void endMine(@Audited.AuditObject String sessionId) {
        String userId = currentUser.get().userId();
        sessions.revoke(sessions.getLiveOf(userId, sessionId, Instant.now()).getId());
        Actor actor = currentUser.actor();
        audit.success(actor, AuditAction.SESSION_REVOKE, new AuditTarget(actor.userId(), actor.email(), sessionId));
    }

    /**
     * "Sign out everywhere else": every live session of the caller but this one.
     *
     * @throws dev.roster.kernel.LoginSessionRequiredException when the caller came with an API key, which may not end login sessions
     */
    @RolesAllowed(Roles.USER)
    @Audited(value = AuditAction.SESSION_REVOKE, self = true)
    public int endMyOthers() {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        int revoked = sessions.revokeAllOf(caller.userId(), caller.sessionId());
        Actor actor = currentUser.actor();
        audit.success(actor, AuditAction.SESSION_REVOKE, new AuditTarget(actor.userId(), actor.email(), null), List.of(),
                "All other sessions (" + revoked + ")");
        return revoked;
    }

    /** @throws dev.roster.users.entity.UserNotFoundException for an unknown user */
    @RolesAllowed(Roles.ADMIN)
    public List<SessionRepresentation> of(String userId) {
        String id = users.getById(userId).getId();
        String mine = currentUser.get().sessionId();
        return sessions.liveOf(id, Instant.now()).stream().map(s -> SessionRepresentation.of(s, mine)).toList();
    }

    /**
     * @throws dev.roster.users.entity.UserNotFoundException for an unknown user
     * @throws dev.roster.sessions.entity.SessionNotFoundException unless it is one of that user's live sessions
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.SESSION_REVOKE)
    public void end(@Audited.AuditTarget String userId, @Audited.AuditObject String sessionId) {
        User user = users.getById(userId);
        sessions.revoke(sessions.getLiveOf(user.getId(), sessionId, Instant.now()).getId());
        audit.success(currentUser.actor(), AuditAction.SESSION_REVOKE, AuditTarget.user(user.getId(), user.getEmail()).with(sessionId));
    }

    /** Ends all of a user's sessions (the administrator's own included, if it is theirs). */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.SESSION_REVOKE)
    public int endAll(@Audited.AuditTarget String userId) {
        User user = users.getById(userId);
        int revoked = sessions.revokeAllOf(user.getId(), null);
        audit.success(currentUser.actor(), AuditAction.SESSION_REVOKE, AuditTarget.user(user.getId(), user.getEmail()), List.of(), "All sessions (" + revoked + ")");
        return revoked;
    }
}
