package dev.roster.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.audit.entity.AuditAction;
import dev.roster.problems.FieldError;
import dev.roster.problems.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void defaultsToTheNewestHundredOfEverything() {
        AuditQuery query = AuditQuery.parse(null, " ", "", null, null, null, null);
        assertNull(query.actor());
        assertNull(query.target());
        assertNull(query.action());
        assertEquals(0, query.offset());
        assertEquals(100, query.limit());
    }

    @Test
    void readsEveryFilter() {
        AuditQuery query = AuditQuery.parse(" Admin@Example.COM ", "6f1c-Session", "user.promote", "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00.5Z", "20", "1000");
        assertEquals("admin@example.com", query.actor(), "emails are matched normalised");
        assertEquals("6f1c-Session", query.target(), "ids are matched as given");
        assertEquals(AuditAction.USER_PROMOTE, query.action());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-02-01T00:00:00.5Z"), query.to());
        assertEquals(20, query.offset());
        assertEquals(1000, query.limit());
    }

    @Test
    void namesEveryBadParameter() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AuditQuery.parse("x".repeat(255), null, "user.steal", "last tuesday", "2026-01-01", "-1", "1001"));
        assertEquals(List.of("actor", "action", "from", "to", "offset", "limit"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theRangeMustNotBeEmpty() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AuditQuery.parse(null, null, null, "2026-01-02T00:00:00Z", "2026-01-02T00:00:00Z", null, null));
        assertEquals("to", refused.errors().get(0).field());
    }
}
