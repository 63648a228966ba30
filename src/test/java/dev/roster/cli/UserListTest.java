package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.users.boundary.ManagedUser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserListTest {

    @Test
    void theTableAlignsItsColumnsAndSaysWhoNeverLoggedIn() {
        Instant created = Instant.parse("2026-01-02T03:04:05.006Z");
        String table = UserList.table(List.of(
                new ManagedUser("id-1", "grace@example.com", "Grace Hopper", true, true, "active", List.of("eng", "ops"), created, created, Instant.parse("2026-02-03T04:05:06.007Z"), 0, 0, null, false, null, false, List.of()),
                new ManagedUser("id-22", "al@example.com", null, false, false, "pending", List.of(), created, created, null, 0, 0, null, false, null, false, List.of())));
        String n = System.lineSeparator();
        assertEquals("ID     EMAIL              NAME          ADMIN  STATUS   LAST LOGIN                GROUPS" + n
                + "id-1   grace@example.com  Grace Hopper  yes    active   2026-02-03T04:05:06.007Z  eng,ops" + n
                + "id-22  al@example.com                   no     pending  never" + n, table);
    }
}
