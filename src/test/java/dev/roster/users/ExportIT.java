package dev.roster.users;

import static dev.roster.testing.Api.array;
import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /auth/users/export}: the user list as CSV, streamed, formula-safe, with the list's filters. */
class ExportIT extends IntegrationTest {

    String admin;

    @BeforeEach
    void installation() {
        admin = freshInstallationAsAdmin();
    }

    private static List<CSVRecord> records(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(reply.body())).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theExportIsCsvWithTheListsColumnsAndAFileName() {
        String eng = api.post("groups", json("name", "eng"), admin).json().getString("group_id");
        api.post("groups", json("name", "ops"), admin);
        String grace = api.createUser(json("email", "grace@example.com", "display_name", "Grace \"Amazing\" Hopper, RADM",
                "password", PASSWORD, "groups", array("ops", "eng")), admin);

        Api.Reply reply = api.get("auth/users/export", admin);

        assertTrue(reply.header("Content-Type").startsWith("text/csv"), reply::toString);
        assertEquals("attachment; filename=\"users-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"", reply.header("Content-Disposition"));
        assertTrue(reply.body().startsWith("user_id,email,display_name,is_admin,status,groups,created_at,last_login_at\r\n"), reply::body);
        List<CSVRecord> rows = records(reply);
        assertEquals(2, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(grace, first.get("user_id"), "newest first");
        assertEquals("Grace \"Amazing\" Hopper, RADM", first.get("display_name"), "quotes and commas survive");
        assertEquals("false", first.get("is_admin"));
        assertEquals("active", first.get("status"));
        assertEquals("eng;ops", first.get("groups"));
        assertEquals("", first.get("last_login_at"));
        assertEquals(ADMIN, rows.get(1).get("email"));
        assertTrue(rows.get(1).get("last_login_at").endsWith("Z"));

        List<CSVRecord> members = records(api.get("auth/users/export?group=eng", admin));
        assertEquals(List.of(grace), members.stream().map(r -> r.get("user_id")).toList(), "the list's filters apply");
        assertEquals(List.of(ADMIN), records(api.get("auth/users/export?is_admin=true", admin)).stream().map(r -> r.get("email")).toList());
        assertInvalid(api.get("auth/users/export?status=gone", admin), "status");
        assertEquals(200, api.get("groups/" + eng, admin).status());
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        for (String name : new String[] {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "Plain = fine"}) {
            api.createUser(json("email", "u" + Math.abs(name.hashCode()) + "@example.com", "display_name", name, "password", PASSWORD), admin);
        }

        List<String> names = records(api.get("auth/users/export?sort=display_name", admin)).stream().map(r -> r.get("display_name")).toList();

        assertTrue(names.contains("'=HYPERLINK(\"http://evil.example\",\"x\")"), names::toString);
        assertTrue(names.contains("'+1+1") && names.contains("'-2+3") && names.contains("'@SUM(A1)"), names::toString);
        assertTrue(names.contains("Plain = fine"), names::toString);
    }

    @Test
    void manyPagesOfUsersAreExportedEachOnce() throws Exception {
        int count = 2500;
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (Connection c = TestDatabase.connect();
             PreparedStatement insert = c.prepareStatement("insert into users (id, email, display_name, password_hash, is_admin, is_active,"
                     + " created_at, updated_at) values (?, ?, null, 'x', false, true, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, String.format("bulk%05d@example.com", i));
                insert.setTimestamp(3, Timestamp.from(start.plusSeconds(i)));
                insert.setTimestamp(4, Timestamp.from(start.plusSeconds(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }

        List<CSVRecord> rows = records(api.get("auth/users/export", admin));

        assertEquals(count + 1, rows.size());
        assertEquals(count + 1, new HashSet<>(rows.stream().map(r -> r.get("user_id")).toList()).size(), "no user twice");
        assertEquals("bulk02499@example.com", rows.get(1).get("email"), "newest first, across pages");
        assertEquals("bulk00000@example.com", rows.get(count).get("email"));
    }

    @Test
    void onlyAdministratorsExport() {
        api.createUser(json("email", "grace@example.com", "password", PASSWORD), admin);
        String user = api.login("grace@example.com", PASSWORD);

        assertProblem(api.get("auth/users/export", user), 403);
        assertProblem(api.send("GET", "auth/users/export", null, null, Map.of()), 401);
    }
}
