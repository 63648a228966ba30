package dev.roster.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.sessions.entity.UserSession;
import dev.roster.users.entity.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one rule of whether a session is live: not revoked, not expired, and not idle past the timeout. */
class SessionsTest {

    private static final Instant LOGIN = Instant.parse("2026-06-01T08:00:00Z");

    private static UserSession session() {
        User user = new User("ada@example.com", "Ada", "$argon2id$irrelevant", false, LOGIN);
        return new UserSession(user, LOGIN, Duration.ofHours(24), false, "127.0.0.1", "test");
    }

    private static Sessions withIdleMinutes(int minutes) {
        Sessions sessions = new Sessions();
        sessions.idleMinutes = minutes;
        return sessions;
    }

    @Test
    void withoutIdleTimeoutOnlyTheAbsoluteLifetimeCounts() {
        Sessions sessions = withIdleMinutes(0);
        UserSession session = session();
        assertTrue(sessions.isLive(session, LOGIN.plus(Duration.ofHours(23))));
        assertFalse(sessions.isLive(session, LOGIN.plus(Duration.ofHours(24))));
    }

    @Test
    void anIdleSessionEndsAfterTheTimeoutWithinTheMinuteResolution() {
        Sessions sessions = withIdleMinutes(30);
        UserSession session = session();
        assertTrue(sessions.isLive(session, LOGIN.plus(Duration.ofMinutes(30))));
        assertFalse(sessions.isLive(session, LOGIN.plus(Duration.ofMinutes(31)).plusSeconds(1)));

        session.seen(LOGIN.plus(Duration.ofMinutes(29)));
        assertTrue(sessions.isLive(session, LOGIN.plus(Duration.ofMinutes(50))), "activity restarts the idle clock");
    }

    @Test
    void activityIsStoredAtMostOnceAMinute() {
        Sessions sessions = withIdleMinutes(0);
        UserSession session = session();
        assertFalse(sessions.seenIsDue(session, LOGIN.plusSeconds(30)));
        assertTrue(sessions.seenIsDue(session, LOGIN.plusSeconds(61)));
        session.seen(LOGIN.plusSeconds(61));
        assertFalse(sessions.seenIsDue(session, LOGIN.plusSeconds(90)));
    }
}
