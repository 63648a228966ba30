package dev.roster.cli;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.Authenticator;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@code roster-admin.jar}, run as a separate process against the integration
 * tests' MariaDB while Roster runs on it; every effect is checked through the HTTP API, as
 * the people the command line serves would see it.
 */
class AdminCliIT extends IntegrationTest {

    private static final String NEW_PASSWORD = "N3w-Battery-Staple";

    String admin;

    @BeforeEach
    void installationWithOneAdmin() {
        admin = freshInstallationAsAdmin();
    }

    record Run(int status, String out, String err) {
    }

    /** Runs the jar against the tests' database with the server's default settings, {@code stdin} piped in. */
    private static Run cli(String stdin, String... args) {
        return cli(Map.of("ROSTER_DB_URL", System.getProperty("roster.it.db.url"), "ROSTER_DB_USER", "root", "ROSTER_DB_PASSWORD", "any"), stdin, args);
    }

    private static Run cli(Map<String, String> environment, String stdin, String... args) {
        String jar = System.getProperty("roster.admin.jar", "target/roster-admin.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("ROSTER_"));
        // Never the run command's ./data: only what the test gives counts.
        builder.environment().put("ROSTER_DATA_DIR", new File("target/no-embedded-database").getAbsolutePath());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("roster-admin " + String.join(" ", args) + " did not end within 90 s");
            }
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertStatus(int expected, Run run) {
        assertEquals(expected, run.status(), () -> "exit status; stdout: " + run.out() + "; stderr: " + run.err());
    }

    private JsonObject createUser(String email) {
        Api.Reply reply = api.post("auth/users", json("email", email, "display_name", "User", "password", PASSWORD, "is_admin", false), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void useraddWithAPipedPasswordMakesAUserWhoCanLogIn() {
        Run run = cli(NEW_PASSWORD + "\n", "useradd", "--email", " New.User@Example.com ", "--name", "New User");

        assertStatus(0, run);
        assertTrue(run.out().contains("new.user@example.com"), run::out);
        JsonObject me = api.get("auth/me", api.login("new.user@example.com", NEW_PASSWORD)).json();
        assertEquals("New User", me.getString("display_name"));
        assertFalse(me.getBoolean("is_admin"));
        assertTrue(me.getBoolean("is_active"));
        // The audit log names the command line as the actor.
        JsonObject event = api.get("audit?action=user.create", admin).structure().asJsonArray().getJsonObject(0);
        assertEquals("cli", event.getString("actor"));
        assertEquals("new.user@example.com", event.getString("target_email"));
        assertEquals("success", event.getString("result"));
    }

    @Test
    void useraddAdminMakesAnAdministratorWithTheServersHashing() {
        assertStatus(0, cli("", "useradd", "--email", "second@example.com", "--admin", "--password", NEW_PASSWORD));

        String token = api.login("second@example.com", NEW_PASSWORD);
        assertEquals(200, api.get("auth/users", token).status());
        assertTrue(TestDatabase.single("select password_hash from users where email = 'second@example.com'").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void useraddRefusesATakenEmailInAnyCaseWithTheApisWords() {
        Run run = cli("", "useradd", "--email", "ADMIN@Example.COM", "--password", NEW_PASSWORD);

        assertStatus(1, run);
        String apiDetail = assertProblem(api.post("auth/users", json("email", "ADMIN@Example.COM", "password", NEW_PASSWORD), admin), 409).getString("detail");
        assertEquals(apiDetail, run.err().strip());
        assertEquals("User with email admin@example.com already exists", run.err().strip());
        assertEquals(1, TestDatabase.count("select count(*) from users"));
    }

    @Test
    void useraddRefusesAPasswordThePolicyRefusesNamingTheField() {
        Run run = cli("", "useradd", "--email", "weak@example.com", "--password", "Sh0rt");

        assertStatus(1, run);
        String apiDetail = assertProblem(api.post("auth/users", json("email", "weak@example.com", "password", "Sh0rt"), admin), 422).getString("detail");
        assertEquals(apiDetail, run.err().strip());
        assertTrue(run.err().startsWith("password: "), run::err);
        assertProblem(api.post("auth/login", json("email", "weak@example.com", "password", "Sh0rt"), null), 401);
    }

    @Test
    void usermodRefusesToDemoteTheLastAdministrator() {
        Run run = cli("", "usermod", "--email", ADMIN, "--no-admin");

        assertStatus(1, run);
        assertEquals("Cannot remove the last administrator", run.err().strip());
        assertTrue(api.get("auth/me", admin).json().getBoolean("is_admin"));
        // The refusal is in the audit log, although the change was rolled back.
        JsonObject event = api.get("audit?actor=cli", admin).structure().asJsonArray().getJsonObject(0);
        assertEquals("user.update", event.getString("action"));
        assertEquals("failure", event.getString("result"));
        assertEquals("Cannot remove the last administrator", event.getString("detail"));
        assertEquals(ADMIN, event.getString("target_email"));
    }

    @Test
    void usermodAdminPromotesForTheUsersExistingToken() {
        createUser("user@example.com");
        String token = api.login("user@example.com", PASSWORD);
        assertProblem(api.get("auth/users", token), 403, "Admin privileges required");

        assertStatus(0, cli("", "usermod", "--email", "user@example.com", "--admin", "--name", "Promoted"));

        assertEquals(200, api.get("auth/users", token).status());
        assertEquals("Promoted", api.get("auth/me", token).json().getString("display_name"));
    }

    @Test
    void usermodDeactivateEndsTheUsersSessionsAtOnce() {
        createUser("user@example.com");
        String token = api.login("user@example.com", PASSWORD);

        assertStatus(0, cli("", "usermod", "--email", "user@example.com", "--deactivate"));

        assertProblem(api.get("auth/me", token), 401);
        assertProblem(api.post("auth/login", json("email", "user@example.com", "password", PASSWORD), null), 403, "User account is inactive");
    }

    @Test
    void usermodResetMfaTurnsTwoFactorSignInOffAndEndsTheSessions() throws Exception {
        createUser("user@example.com");
        String token = api.login("user@example.com", PASSWORD);
        String secret = api.post("auth/mfa/totp", null, token).json().getString("secret");
        Authenticator.awayFromAStepsEnd();
        assertEquals(200, api.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, 0)), token).status());
        assertTrue(api.post("auth/login", json("email", "user@example.com", "password", PASSWORD), null).json().getBoolean("mfa_required"));

        Run run = cli("", "usermod", "--email", "user@example.com", "--reset-mfa");

        assertStatus(0, run);
        assertTrue(run.out().contains("Two-factor sign-in of user@example.com reset"), run.out());
        assertProblem(api.get("auth/me", token), 401);
        assertTrue(api.post("auth/login", json("email", "user@example.com", "password", PASSWORD), null).json().containsKey("token"));
        Run again = cli("", "usermod", "--email", "user@example.com", "--reset-mfa");
        assertStatus(1, again);
        assertTrue(again.err().contains("Two-factor sign-in is not on"), again.err());
        assertEquals("cli", api.get("audit?action=mfa.reset", admin).structure().asJsonArray().getJsonObject(0).getString("actor"));
    }

    @Test
    void useraddAndPasswdCanRequireAPasswordChange() {
        assertStatus(0, cli("", "useradd", "--email", "new@example.com", "--password", PASSWORD, "--require-password-change"));
        String token = api.login("new@example.com", PASSWORD);
        assertEquals("[\"change_password\"]", api.get("auth/me", token).json().getJsonArray("required_actions").toString());
        assertProblem(api.get("auth/sessions", token), 403, "Password change required");

        assertStatus(0, cli(NEW_PASSWORD + "\n", "passwd", "--email", ADMIN, "--require-password-change"));
        String limited = api.login(ADMIN, NEW_PASSWORD);
        assertProblem(api.get("auth/users", limited), 403, "Password change required");
        assertStatus(2, cli("", "usermod", "--email", ADMIN, "--require-password-change"));
    }

    @Test
    void passwdResetsThePasswordAndEndsEverySessionAndApiKey() {
        String oldToken = api.login(ADMIN, PASSWORD);
        String key = api.post("auth/api-keys", json("name", "laptop"), oldToken).json().getString("key");

        Run run = cli(NEW_PASSWORD + "\n", "passwd", "--email", ADMIN);

        assertStatus(0, run);
        assertProblem(api.get("auth/me", oldToken), 401);
        assertProblem(api.get("auth/me", key), 401);
        assertProblem(api.get("auth/me", admin), 401);
        assertProblem(api.post("auth/login", json("email", ADMIN, "password", PASSWORD), null), 401, "Incorrect email or password");
        String fresh = api.login(ADMIN, NEW_PASSWORD);
        assertEquals(200, api.get("auth/users", fresh).status());

        String kept = api.post("auth/api-keys", json("name", "build server"), fresh).json().getString("key");
        assertStatus(0, cli(PASSWORD + "\n", "passwd", "--email", ADMIN, "--keep-api-keys"));
        assertProblem(api.get("auth/me", fresh), 401);
        assertEquals(200, api.get("auth/me", kept).status(), "kept when asked");
    }

    @Test
    void userdelForceDeletesTheUser() {
        String id = createUser("user@example.com").getString("user_id");

        Run run = cli("", "userdel", "--email", "user@example.com", "--force");

        assertStatus(0, run);
        assertProblem(api.get("auth/users/" + id, admin), 404, "User not found");
    }

    @Test
    void userdelAsksAndKeepsTheUserUnlessTheAnswerIsYes() {
        String id = createUser("user@example.com").getString("user_id");

        Run run = cli("n\n", "userdel", "--email", "user@example.com");

        assertStatus(1, run);
        assertTrue(run.err().contains("Delete user user@example.com? [y/N]"), run::err);
        assertEquals(200, api.get("auth/users/" + id, admin).status());
    }

    @Test
    void userlistPendingShowsWhoAwaitsApprovalAndUsermodApproveLetsThemIn() {
        createUser("active@example.com");
        assertEquals(202, api.post("auth/register", json("email", "new@example.com", "display_name", "New", "password", PASSWORD), null).status());

        Run pending = cli("", "userlist", "--pending");
        assertStatus(0, pending);
        assertTrue(pending.out().contains("new@example.com") && pending.out().contains("pending"), pending::out);
        assertFalse(pending.out().contains("active@example.com"), pending::out);

        Run approved = cli("", "usermod", "--email", "new@example.com", "--approve");
        assertStatus(0, approved);
        assertTrue(approved.out().contains("Updated new@example.com: user, approved"), approved::out);
        assertEquals(200, api.post("auth/login", json("email", "new@example.com", "password", PASSWORD), null).status());
        assertEquals(1, TestDatabase.count("select count(*) from audit_events where action = 'user.approve' and actor = 'cli'"));

        Run again = cli("", "usermod", "--email", "new@example.com", "--approve");
        assertStatus(1, again);
        assertTrue(again.err().contains("The account is not awaiting approval"), again::err);
        assertFalse(cli("", "userlist", "--pending").out().contains("new@example.com"));
    }

    @Test
    void groupCommandsManageGroupsAndMembersUnderTheApisRules() {
        createUser("grace@example.com");

        assertStatus(0, cli("", "groupadd", "--name", "Eng", "--description", "Engineering"));
        Run added = cli("", "groupmod", "--name", "eng", "--add-member", "grace@example.com", "--new-name", "platform");
        assertStatus(0, added);
        assertTrue(added.out().contains("Changed group platform"), added::out);
        JsonObject grace = api.get("auth/users?group=platform", admin).structure().asJsonArray().getJsonObject(0);
        assertEquals("grace@example.com", grace.getString("email"));

        Run listed = cli("", "grouplist");
        assertStatus(0, listed);
        String[] lines = listed.out().split("\\R");
        assertEquals(2, lines.length, listed::out);
        assertTrue(lines[1].matches("platform +1 +Engineering"), listed::out);

        Run refused = cli("", "groupadd", "--name", "admin");
        assertStatus(1, refused);
        assertTrue(refused.err().contains("is reserved for a role"), refused::err);

        assertStatus(0, cli("", "groupdel", "--name", "platform", "--force"));
        assertEquals(0, TestDatabase.count("select count(*) from user_groups"));
        assertEquals(List.of("group.create", "group.update", "group.member_add", "group.create", "group.delete"),
                TestDatabase.strings("select action from audit_events where action like 'group.%' and actor = 'cli' order by id"));
    }

    @Test
    void userimportReportsEachRowAndUserexportWritesWhatTheApiExports() throws IOException {
        createUser("taken@example.com");
        api.post("groups", json("name", "eng"), admin);
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, "\uFEFFemail;display_name;groups;password\r\n"
                + "ada@example.com;Ada;eng;\r\n"
                + "taken@example.com;Again;;\r\n"
                + "bad-email;Bad;;\r\n"
                + "bob@example.com;=SUM(A1);;" + NEW_PASSWORD + "\r\n", StandardCharsets.UTF_8);

        Run dry = cli("", "userimport", file.toString(), "--dry-run");
        assertStatus(1, dry);
        assertTrue(dry.out().contains("Dry run, nothing written: 2 created, 1 skipped, 1 failed"), dry::out);
        assertEquals(2, TestDatabase.count("select count(*) from users"));

        Run run = cli("", "userimport", file.toString());
        assertStatus(1, run);
        String[] lines = run.out().split("\\R");
        assertTrue(lines[1].matches("2 +ada@example\\.com +created +\\S{20}"), run::out);
        assertTrue(lines[2].matches("3 +taken@example\\.com +skipped +.*"), run::out);
        assertTrue(lines[3].matches("4 +bad-email +error +email: .*"), run::out);
        assertTrue(lines[4].matches("5 +bob@example\\.com +created"), run::out);
        assertEquals("2 created, 1 skipped, 1 failed", lines[5]);
        String generated = lines[1].split(" +")[3];
        assertEquals(200, api.post("auth/login", json("email", "ada@example.com", "password", generated), null).status());
        assertEquals(200, api.post("auth/login", json("email", "bob@example.com", "password", NEW_PASSWORD), null).status());
        assertEquals(List.of("eng"), TestDatabase.strings("select g.name from user_groups g join group_members m on m.group_id = g.id"
                + " join users u on u.id = m.user_id where u.email = 'ada@example.com'"));
        assertEquals(List.of("2 created, 1 skipped, 1 failed"),
                TestDatabase.strings("select detail from audit_events where action = 'users.import' and actor = 'cli'"));

        Run exported = cli("", "userexport");
        assertStatus(0, exported);
        assertEquals(api.get("auth/users/export", admin).body(), exported.out());
        assertTrue(exported.out().contains(",'=SUM(A1),"), exported::out);
        Run searched = cli("", "userexport", "--search", "ada");
        assertEquals(2, searched.out().split("\\R").length, searched::out);

        Run broken = cli("", "userimport", writeTemp("email,colour\nx@example.com,red\n"));
        assertStatus(1, broken);
        assertTrue(broken.err().contains("colour"), broken::err);
        assertStatus(2, cli("", "userimport", "/no/such/file.csv"));
    }

    private static String writeTemp(String content) throws IOException {
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void userlistJsonIsTheApisListOfUsers() {
        createUser("one@example.com");
        createUser("two@example.com");

        Run run = cli("", "userlist", "--json");

        assertStatus(0, run);
        JsonArray listed;
        try (JsonReader reader = Json.createReader(new StringReader(run.out()))) {
            listed = reader.readArray();
        }
        assertEquals(3, listed.size());
        assertEquals(api.get("auth/users", admin).structure(), listed);
        assertEquals("two@example.com", listed.getJsonObject(0).getString("email"));
    }

    @Test
    void helpUsageErrorsAndAMissingDatabaseNeedNoDatabase() {
        Run help = cli("", "useradd", "--help");
        assertStatus(0, help);
        assertTrue(help.out().contains("--email=EMAIL"), help::out);

        Run unknown = cli("", "userlist", "--everyone");
        assertStatus(2, unknown);
        assertTrue(unknown.err().contains("Unknown option: '--everyone'"), unknown::err);

        Run nowhere = cli(Map.of(), "", "userlist");
        assertStatus(2, nowhere);
        assertTrue(nowhere.err().contains("ROSTER_DB_URL"), nowhere::err);
    }
}
