package dev.roster.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration CAP = Duration.ofMinutes(15);

    @Test
    void noLockoutBeforeTheLimit() {
        for (int failures = 0; failures < 5; failures++) {
            assertNull(LoginThrottle.lockout(failures, 5, MINUTE, CAP));
        }
    }

    @Test
    void theLockoutDoublesFromOneMinuteUpToTheCap() {
        assertEquals(Duration.ofMinutes(1), LoginThrottle.lockout(5, 5, MINUTE, CAP));
        assertEquals(Duration.ofMinutes(2), LoginThrottle.lockout(6, 5, MINUTE, CAP));
        assertEquals(Duration.ofMinutes(4), LoginThrottle.lockout(7, 5, MINUTE, CAP));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.lockout(8, 5, MINUTE, CAP));
        assertEquals(CAP, LoginThrottle.lockout(9, 5, MINUTE, CAP));
        assertEquals(CAP, LoginThrottle.lockout(Integer.MAX_VALUE, 5, MINUTE, CAP), "no overflow after very many failures");
    }

    @Test
    void lockoutsAreDescribedForTheAuditLog() {
        assertEquals("1 min", FailedLogins.describe(MINUTE));
        assertEquals("42 s", FailedLogins.describe(Duration.ofSeconds(42)));
    }
}
