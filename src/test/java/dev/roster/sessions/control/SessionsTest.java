package dev.roster.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one rule of whether a session is live: not revoked, not expired, and not idle past the timeout. */
class SessionsTest {

    private static final Instant LOGIN = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant EXPIRES = LOGIN.plus(Duration.ofHours(24));

    private static Sessions withIdleMinutes(int minutes) {
        Sessions sessions = new Sessions();
        sessions.idleMinutes = minutes;
        return sessions;
    }

    @Test
    void withoutIdleTimeoutOnlyTheAbsoluteLifetimeCounts() {
        Sessions sessions = withIdleMinutes(0);
        assertTrue(sessions.isLive(null, EXPIRES, LOGIN, LOGIN.plus(Duration.ofHours(23))));
        assertFalse(sessions.isLive(null, EXPIRES, LOGIN, EXPIRES));
    }

    @Test
    void aRevokedSessionIsOverAtOnce() {
        Sessions sessions = withIdleMinutes(0);
        Instant revoked = LOGIN.plusSeconds(10);
        assertFalse(sessions.isLive(revoked, EXPIRES, LOGIN, revoked.plusMillis(1)));
    }

    @Test
    void anIdleSessionEndsAfterTheTimeoutWithinTheMinuteResolution() {
        Sessions sessions = withIdleMinutes(30);
        assertTrue(sessions.isLive(null, EXPIRES, LOGIN, LOGIN.plus(Duration.ofMinutes(30))));
        assertFalse(sessions.isLive(null, EXPIRES, LOGIN, LOGIN.plus(Duration.ofMinutes(31)).plusSeconds(1)));

        Instant seen = LOGIN.plus(Duration.ofMinutes(29));
        assertTrue(sessions.isLive(null, EXPIRES, seen, LOGIN.plus(Duration.ofMinutes(50))), "activity restarts the idle clock");
    }

    @Test
    void activityIsStoredAtMostOnceAMinute() {
        Sessions sessions = withIdleMinutes(0);
        assertFalse(sessions.seenIsDue(LOGIN, LOGIN.plusSeconds(30)));
        assertTrue(sessions.seenIsDue(LOGIN, LOGIN.plusSeconds(61)));
        assertFalse(sessions.seenIsDue(LOGIN.plusSeconds(61), LOGIN.plusSeconds(90)));
    }
}
