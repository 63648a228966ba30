package dev.roster.sessions.boundary;

import dev.roster.platform.Roles;
import dev.roster.sessions.control.Caller;
import dev.roster.sessions.control.CurrentUser;
import dev.roster.sessions.control.Sessions;
import dev.roster.users.control.Users;
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

    /** The caller's live sessions, newest first; the one this request came with is marked current. */
    @RolesAllowed(Roles.USER)
    public List<SessionRepresentation> mine() {
        Caller caller = currentUser.get();
        return sessions.liveOf(caller.userId(), Instant.now()).stream()
                .map(s -> SessionRepresentation.of(s, caller.sessionId())).toList();
    }

    /** @throws dev.roster.sessions.entity.SessionNotFoundException unless it is one of the caller's live sessions */
    @RolesAllowed(Roles.USER)
    public void endMine(String sessionId) {
        String userId = currentUser.get().userId();
        sessions.revoke(sessions.getLiveOf(userId, sessionId, Instant.now()).getId());
    }

    /** "Sign out everywhere else": every live session of the caller but this one. */
    @RolesAllowed(Roles.USER)
    public int endMyOthers() {
        Caller caller = currentUser.get();
        return sessions.revokeAllOf(caller.userId(), caller.sessionId());
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
    public void end(String userId, String sessionId) {
        String id = users.getById(userId).getId();
        sessions.revoke(sessions.getLiveOf(id, sessionId, Instant.now()).getId());
    }

    /** Ends all of a user's sessions (the administrator's own included, if it is theirs). */
    @RolesAllowed(Roles.ADMIN)
    public int endAll(String userId) {
        return sessions.revokeAllOf(users.getById(userId).getId(), null);
    }
}
