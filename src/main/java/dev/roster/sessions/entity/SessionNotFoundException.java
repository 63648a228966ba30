package dev.roster.sessions.entity;

import dev.roster.problems.NotFoundException;

/** No such live session of this user: someone else's session id gets this too. */
public class SessionNotFoundException extends NotFoundException {

    public SessionNotFoundException() {
        super("Session not found");
    }
}
