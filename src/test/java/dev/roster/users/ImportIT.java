package dev.roster.users;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /auth/users/import}: users from a CSV file, row by row, by the rules of a single create. */
class ImportIT extends IntegrationTest {

    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv; charset=utf-8");

    String admin;

    @BeforeEach
    void installation() {
        admin = freshInstallationAsAdmin();
        api.post("groups", json("name", "eng"), admin);
        api.post("groups", json("name", "ops"), admin);
    }

    private Api.Reply importCsv(String csv, boolean dryRun) {
        return api.send("POST", "auth/users/import?dry_run=" + dryRun, csv, admin, CSV);
    }

    private static List<JsonObject> rows(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> outcomes(Api.Reply reply) {
        return rows(reply).stream().map(r -> r.getInt("line") + " " + r.getString("result")
                + (r.containsKey("detail") ? ": " + r.getString("detail") : "")).toList();
    }

    private JsonObject user(String email) {
        return api.get("auth/users?search=" + email, admin).structure().asJsonArray().getJsonObject(0);
    }

    private static final String FILE = """
            email,display_name,password,is_admin,groups,status
            grace@example.com,Grace Hopper,Corr3ct-Horse,true,eng;ops,active
            alan@example.com,Alan Turing,,false,ops,inactive
            ADMIN@example.com,Someone,Corr3ct-Horse,,,
            not-an-email,Broken,weak,maybe,nobody,gone
            ada@example.com,Ada,,,nobody,
            grace@example.com,Grace Again,Corr3ct-Horse,,,
            """;

    @Test
    void eachRowIsJudgedAsASingleCreateAndReportedInOrder() {
        Api.Reply reply = importCsv(FILE, false);

        assertEquals(List.of("2 created", "3 created", "4 skipped: User with email admin@example.com already exists",
                "5 error: is_admin: must be true or false; status: must be active or inactive", "6 error: groups: no group is named nobody",
                "7 skipped: The email is on line 2 already"), outcomes(reply));
        assertEquals(json("dry_run", false, "created", 2, "skipped", 2, "failed", 2),
                json("dry_run", reply.json().getBoolean("dry_run"), "created", reply.json().getInt("created"),
                        "skipped", reply.json().getInt("skipped"), "failed", reply.json().getInt("failed")));

        JsonObject grace = user("grace@example.com");
        assertTrue(grace.getBoolean("is_admin"));
        assertEquals(List.of("eng", "ops"), grace.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals("inactive", user("alan@example.com").getString("status"));
        assertEquals(0, TestDatabase.count("select count(*) from users where email = 'ada@example.com'"), "a refused row writes nothing");

        JsonObject alan = rows(reply).get(1);
        String generated = alan.getString("password");
        assertEquals(20, generated.length());
        assertFalse(rows(reply).get(0).containsKey("password"), "only a generated password is shown");
        TestDatabase.update("update users set is_active = true where email = 'alan@example.com'");
        assertEquals(200, api.post("auth/login", json("email", "alan@example.com", "password", generated), null).status());

        JsonObject event = api.get("audit?action=users.import", admin).structure().asJsonArray().getJsonObject(0);
        assertEquals("2 created, 2 skipped, 2 failed", event.getString("detail"));
        assertEquals("2", api.get("audit?action=user.create&limit=1", admin).header("X-Total-Count"));
    }

    @Test
    void aDryRunReportsWhatARealRunWouldAndWritesNothing() {
        Api.Reply dry = importCsv(FILE, true);

        assertTrue(dry.json().getBoolean("dry_run"));
        List<String> expected = outcomes(importCsvAfterwards(dry));
        assertEquals(expected, outcomes(dry));
    }

    /** Checks the dry run wrote nothing, then runs the same file for real. */
    private Api.Reply importCsvAfterwards(Api.Reply dry) {
        assertEquals(1, TestDatabase.count("select count(*) from users"), dry::toString);
        assertEquals(0, TestDatabase.count("select count(*) from audit_events where action in ('users.import', 'user.create')"));
        return importCsv(FILE, false);
    }

    @Test
    void aSpreadsheetsFileWithBomSemicolonsCrlfAndTrailingEmptyLinesImports() {
        String excel = "\uFEFFEmail;Display_Name;Groups\r\n"
                + "grace@example.com;\"Hopper; Grace\";eng|ops\r\n"
                + "alan@example.com;\"Alan \"\"Enigma\"\" Turing\";\r\n"
                + "\r\n\r\n";

        assertEquals(List.of("2 created", "3 created"), outcomes(importCsv(excel, false)));
        assertEquals("Hopper; Grace", user("grace@example.com").getString("display_name"));
        assertEquals("Alan \"Enigma\" Turing", user("alan@example.com").getString("display_name"));
        assertEquals(2, user("grace@example.com").getJsonArray("groups").size());
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndWritesNothing() throws Exception {
        assertDetail(importCsv("email,display_name\ngrace@example.com,Grace\nalan@example.com,\"Alan\" Turing\n", false), "line 3");
        assertDetail(importCsv("email,nickname\ngrace@example.com,Gracie\n", false), "unknown column nickname");
        assertDetail(importCsv("display_name\nGrace\n", false), "no email column");
        assertDetail(importCsv("email,email\ngrace@example.com,x\n", false), "named twice");
        assertDetail(importCsv("", false), "empty");
        assertDetail(importCsv("email\ngrace@example.com,extra\n", false), "line 2 has 2 fields");

        byte[] garbage = {'e', 'm', 'a', 'i', 'l', '\n', 'g', (byte) 0xff, (byte) 0xfe, 0, 1, '\n'};
        HttpResponse<String> binary = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(api.base().resolve("auth/users/import")).header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(garbage)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, binary.statusCode(), binary::body);
        assertTrue(binary.body().contains("not UTF-8"), binary::body);

        assertEquals(1, TestDatabase.count("select count(*) from users"));
        assertInvalid(api.send("POST", "auth/users/import?dry_run=perhaps", "email\n", admin, CSV), "dry_run");
        assertProblem(api.send("POST", "auth/users/import", "email\n", admin, Map.of("Content-Type", "application/json")), 415);
    }

    private static void assertDetail(Api.Reply reply, String part) {
        JsonObject problem = assertInvalid(reply, "file");
        assertTrue(problem.getString("detail").contains(part), reply::toString);
    }

    @Test
    void tenThousandRowsAreADryRunAndOneMoreIsTooMany() throws Exception {
        StringBuilder file = new StringBuilder("email,display_name,password\n");
        for (int i = 0; i < 10_000; i++) {
            file.append("user").append(i).append("@example.com,User ").append(i).append(",Corr3ct-Horse\n");
        }
        Api.Reply dry = importCsv(file.toString(), true);
        assertEquals(10_000, dry.json().getInt("created"), () -> dry.body().substring(0, 300));
        assertEquals(1, TestDatabase.count("select count(*) from users"));

        file.append("one.more@example.com,,\n");
        assertProblem(importCsv(file.toString(), true), 413, "The file holds more than 10000 rows; import it in parts");
        // The refusal comes before the body is read, so the client asks first (Expect: 100-continue), as curl does for a
        // large body: one that sends the whole body at once may see the connection closed before it reads the answer.
        String huge = "email,display_name\n" + ("x@example.com," + "y".repeat(1000) + "\n").repeat(5300);
        HttpResponse<String> tooLarge = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(api.base().resolve("auth/users/import?dry_run=true")).header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "text/csv").expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode(), tooLarge::body);
        assertTrue(tooLarge.body().contains("larger than the limit"), tooLarge::body);
    }

    @Test
    void anExportImportsBackWithItsFormulaCellsAsTheyWere() {
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        api.createUser(json("email", "grace@example.com", "display_name", formula, "password", PASSWORD, "groups", Api.array("eng")), admin);
        api.createUser(json("email", "alan@example.com", "display_name", "@Alan", "password", PASSWORD), admin);
        String export = api.get("auth/users/export", admin).body();
        assertTrue(export.contains("'=HYPERLINK"), export);
        TestDatabase.update("delete from users where email <> ?", ADMIN);

        Api.Reply reply = importCsv(export, false);

        assertEquals(List.of("2 created", "3 created", "4 skipped: User with email admin@example.com already exists"), outcomes(reply));
        assertEquals(formula, user("grace@example.com").getString("display_name"));
        assertEquals("@Alan", user("alan@example.com").getString("display_name"));
        assertEquals(1, user("grace@example.com").getJsonArray("groups").size());
    }

    @Test
    void onlyAdministratorsImport() {
        api.createUser(json("email", "grace@example.com", "password", PASSWORD), admin);
        String user = api.login("grace@example.com", PASSWORD);

        assertProblem(api.send("POST", "auth/users/import", "email\nx@example.com\n", user, CSV), 403);
        assertEquals(2, TestDatabase.count("select count(*) from users"));
    }
}
