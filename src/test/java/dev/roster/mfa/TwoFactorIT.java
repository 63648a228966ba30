package dev.roster.mfa;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.Authenticator;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two-factor sign-in over HTTP, with codes made by an implementation Roster did not write
 * ({@link Authenticator}: OATH Toolkit's {@code oathtool}), away from the end of a 30-second step.
 */
class TwoFactorIT extends IntegrationTest {

    private static final String USER = "user@example.com";
    private static final String ADDRESS = "198.51.100.7";

    String admin;
    String userId;

    @BeforeEach
    void installationWithAnAdminAndAUser() {
        admin = freshInstallationAsAdmin();
        userId = api.createUser(json("email", USER, "display_name", "Plain User", "password", PASSWORD), admin);
    }

    private Api.Reply login(String email, String password) {
        return api.send("POST", "auth/login", json("email", email, "password", password), null, Map.of("X-Forwarded-For", ADDRESS));
    }

    private Api.Reply secondStep(String mfaToken, String field, String code) {
        return api.send("POST", "auth/login/mfa", json("mfa_token", mfaToken, field, code), null, Map.of("X-Forwarded-For", ADDRESS));
    }

    private String mfaToken() {
        Api.Reply first = login(USER, PASSWORD);
        assertEquals(200, first.status(), first::toString);
        JsonObject body = first.json();
        assertTrue(body.getBoolean("mfa_required"), first::toString);
        return body.getString("mfa_token");
    }

    /** The user enrols (the confirming code used the current step) and gets their recovery codes. */
    private Enrolled enrol() throws InterruptedException {
        String token = api.login(USER, PASSWORD);
        JsonObject enrolment = api.post("auth/mfa/totp", null, token).json();
        String secret = enrolment.getString("secret");
        Authenticator.awayFromAStepsEnd();
        JsonObject confirmed = api.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, 0)), token).json();
        List<String> codes = confirmed.getJsonArray("recovery_codes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        return new Enrolled(secret, codes, token);
    }

    private record Enrolled(String secret, List<String> recoveryCodes, String token) {
    }

    private static List<String> emails(Api.Reply list) {
        return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream().map(u -> u.getString("email")).toList();
    }

    private static List<String> results(JsonArray events) {
        return events.getValuesAs(JsonObject.class).stream().map(e -> e.getString("result")).toList();
    }

    private JsonArray audit(String action) {
        return api.get("audit?action=" + action, admin).structure().asJsonArray();
    }

    @Test
    void enrolmentGivesTheAppItsSecretAndTenRecoveryCodesOnce() throws Exception {
        String token = api.login(USER, PASSWORD);
        assertProblem(api.post("auth/mfa/totp/confirm", json("code", "123456"), token), 409,
                "No enrolment to confirm: start one with POST /auth/mfa/totp");

        Api.Reply started = api.post("auth/mfa/totp", null, token);
        assertEquals(200, started.status(), started::toString);
        String secret = started.json().getString("secret");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals("otpauth://totp/Roster:user%40example.com?secret=" + secret + "&issuer=Roster&algorithm=SHA1&digits=6&period=30",
                started.json().getString("otpauth_uri"));
        assertFalse(api.get("auth/mfa", token).json().getBoolean("enabled"));

        Authenticator.awayFromAStepsEnd();
        JsonObject wrong = assertProblem(api.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, 3)), token), 422);
        assertEquals("code", wrong.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(api.post("auth/mfa/totp/confirm", json("code", ""), token), 422);
        assertProblem(api.post("auth/mfa/totp/confirm", json("code", 123456), token), 400);

        Api.Reply confirmed = api.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, 0)), token);
        assertEquals(200, confirmed.status(), confirmed::toString);
        JsonArray codes = confirmed.json().getJsonArray("recovery_codes");
        assertEquals(10, codes.size());
        assertEquals(10, codes.getValuesAs(JsonString.class).stream().map(JsonString::getString).distinct()
                .filter(c -> c.matches("[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}")).count(), codes::toString);
        assertEquals(10, api.get("auth/mfa", token).json().getInt("recovery_codes_left"));
        assertTrue(api.get("auth/mfa", token).json().getBoolean("enabled"));

        // The secret is never given again, and is not in the database's recovery rows; codes are kept as hashes.
        assertProblem(api.post("auth/mfa/totp", null, token), 409, "Two-factor sign-in is already on");
        assertFalse(api.get("auth/users/" + userId, admin).body().contains(secret));
        assertEquals(0, TestDatabase.count("select count(*) from recovery_codes where code_hash = ?", codes.getString(0)));
        assertEquals(1, audit("mfa.enrol").size());
    }

    @Test
    void loginAsksForTheSecondFactorAndTheTokenSaysSo() throws Exception {
        Enrolled enrolled = enrol();
        // A wrong password gets the ordinary answer: nothing tells who has two-factor sign-in.
        assertProblem(login(USER, "Wrong-Passw0rd"), 401, "Incorrect email or password");

        Api.Reply first = login(USER, PASSWORD);
        assertEquals(200, first.status(), first::toString);
        assertFalse(first.json().containsKey("token"), first::toString);
        assertEquals(300, first.json().getInt("expires_in"));
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), first::toString);
        String mfaToken = first.json().getString("mfa_token");

        // The confirming code's step is used; the next step's code is good (one step of skew).
        Api.Reply done = secondStep(mfaToken, "code", Authenticator.code(enrolled.secret(), 1));
        assertEquals(200, done.status(), done::toString);
        String token = done.json().getString("token");
        assertTrue(done.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("roster_session=")), done::toString);

        JsonObject introspection = api.post("auth/introspect", json("token", token), admin).json();
        assertEquals(List.of("pwd", "otp"), introspection.getJsonArray("amr").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        JsonObject passwordOnly = api.post("auth/introspect", json("token", enrolled.token()), admin).json();
        assertEquals(List.of("pwd"), passwordOnly.getJsonArray("amr").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        JsonArray sessions = api.get("auth/sessions", token).structure().asJsonArray();
        assertTrue(sessions.getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getBoolean("is_current") && s.getJsonArray("amr").toString().equals("[\"pwd\",\"otp\"]")), sessions::toString);
        assertTrue(audit("login").getValuesAs(JsonObject.class).stream().anyMatch(e -> "With a second factor".equals(e.getString("detail", null))));

        // The token of the first step is good once.
        assertProblem(secondStep(mfaToken, "code", Authenticator.code(enrolled.secret(), 1)), 401,
                "This sign-in has expired or is already complete; log in again");
    }

    @Test
    void aCodeCountsOnceAndOnlyWithinOneStepOfTheClock() throws Exception {
        Enrolled enrolled = enrol();
        Authenticator.awayFromAStepsEnd();
        assertProblem(secondStep(mfaToken(), "code", Authenticator.code(enrolled.secret(), -2)), 401, "Invalid code");
        assertProblem(secondStep(mfaToken(), "code", Authenticator.code(enrolled.secret(), 2)), 401, "Invalid code");
        // The confirming code was this step's: used, as is any earlier step's then.
        assertProblem(secondStep(mfaToken(), "code", Authenticator.code(enrolled.secret(), 0)), 401, "Invalid code");
        assertProblem(secondStep(mfaToken(), "code", Authenticator.code(enrolled.secret(), -1)), 401, "Invalid code");
        String next = Authenticator.code(enrolled.secret(), 1);
        assertEquals(200, secondStep(mfaToken(), "code", next).status());
        // Replayed in the same step, with a new first step: refused.
        assertProblem(secondStep(mfaToken(), "code", next), 401, "Invalid code");
        assertProblem(secondStep(mfaToken(), "code", "12345"), 401, "Invalid code");
        assertProblem(secondStep(mfaToken(), "code", "abcdef"), 401, "Invalid code");
    }

    @Test
    void aCodeFromTheNextStepIsAcceptedAfterAnEarlierOne() throws Exception {
        String token = api.login(USER, PASSWORD);
        String secret = api.post("auth/mfa/totp", null, token).json().getString("secret");
        Authenticator.awayFromAStepsEnd();
        // Confirmed with the previous step's code (a clock one step behind): this step's and the next are still good.
        assertEquals(200, api.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, -1)), token).status());
        assertEquals(200, secondStep(mfaToken(), "code", Authenticator.code(secret, 0)).status());
        assertEquals(200, secondStep(mfaToken(), "code", Authenticator.code(secret, 1)).status());
    }

    @Test
    void recoveryCodesAreGoodOnceAndCanBeRenewed() throws Exception {
        Enrolled enrolled = enrol();
        String first = enrolled.recoveryCodes().get(0);
        Api.Reply recovered = secondStep(mfaToken(), "recovery_code", first.toUpperCase());
        assertEquals(200, recovered.status(), recovered::toString);
        assertProblem(secondStep(mfaToken(), "recovery_code", first), 401, "Invalid code");
        assertEquals(9, api.get("auth/mfa", enrolled.token()).json().getInt("recovery_codes_left"));

        assertProblem(secondStep(mfaToken(), "code", ""), 422);
        assertProblem(api.send("POST", "auth/login/mfa", json("mfa_token", mfaToken(), "code", "123456", "recovery_code", first), null,
                Map.of("X-Forwarded-For", ADDRESS)), 422);

        Authenticator.awayFromAStepsEnd();
        assertProblem(api.post("auth/mfa/recovery-codes", json("code", "000000"), enrolled.token()), 422);
        Api.Reply renewed = api.post("auth/mfa/recovery-codes", json("code", Authenticator.code(enrolled.secret(), 1)), enrolled.token());
        assertEquals(200, renewed.status(), renewed::toString);
        String fresh = renewed.json().getJsonArray("recovery_codes").getString(0);
        assertFalse(enrolled.recoveryCodes().contains(fresh));
        assertProblem(secondStep(mfaToken(), "recovery_code", enrolled.recoveryCodes().get(1)), 401, "Invalid code");
        assertEquals(200, secondStep(mfaToken(), "recovery_code", fresh).status());
        assertEquals(List.of("success", "failure"), results(audit("mfa.recovery_codes")), "the wrong code counted too");
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        Enrolled enrolled = enrol();
        String mfaToken = mfaToken();
        for (int i = 0; i < 5; i++) {
            assertProblem(secondStep(mfaToken, "code", "000000"), 401, "Invalid code");
        }
        // Locked: even the right code is refused now, and the password step too.
        assertProblem(secondStep(mfaToken, "code", Authenticator.code(enrolled.secret(), 1)), 429);
        assertProblem(login(USER, PASSWORD), 429);
        assertEquals(5, audit("login.mfa_failure").getValuesAs(JsonObject.class).stream()
                .filter(e -> "failure".equals(e.getString("result")) && "Wrong code".equals(e.getString("detail", null))).count());
    }

    @Test
    void wrongCodesToChangeTheSecondFactorLockLikeWrongPasswords() throws Exception {
        Enrolled enrolled = enrol();
        for (int i = 0; i < 4; i++) {
            assertProblem(api.post("auth/mfa/recovery-codes", json("code", "000000"), enrolled.token()), 422);
        }
        assertProblem(api.send("DELETE", "auth/mfa/totp", json("current_password", "Wrong-Passw0rd", "code", "000000"), enrolled.token(), Map.of()),
                400, "Current password is incorrect");
        // Locked now: even a right code is refused without being looked at, and so is the login.
        assertProblem(api.post("auth/mfa/recovery-codes", json("code", Authenticator.code(enrolled.secret(), 1)), enrolled.token()), 429,
                "Too many failed attempts. Try again later.");
        assertProblem(login(USER, PASSWORD), 429);
        assertEquals(4, api.get("audit?action=mfa.recovery_codes", admin).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> "failure".equals(e.getString("result")) && "Wrong code".equals(e.getString("detail", null))).count());
        assertEquals(1, api.get("audit?action=mfa.disable", admin).structure().asJsonArray().size());
        assertEquals(10, api.get("auth/mfa", enrolled.token()).json().getInt("recovery_codes_left"), "nothing renewed");
    }

    @Test
    void theSecondStepsTokenIsBoundToItsLogin() throws Exception {
        Enrolled enrolled = enrol();
        String mfaToken = mfaToken();
        Api.Reply elsewhere = api.send("POST", "auth/login/mfa", json("mfa_token", mfaToken, "code", Authenticator.code(enrolled.secret(), 1)), null,
                Map.of("X-Forwarded-For", "203.0.113.9"));
        assertProblem(elsewhere, 401, "This sign-in has expired or is already complete; log in again");
        assertProblem(secondStep("x".repeat(43), "code", "123456"), 401, "This sign-in has expired or is already complete; log in again");
        assertProblem(secondStep("x".repeat(5000), "code", "123456"), 401);
        // Expired: five minutes after the password, as the database says.
        TestDatabase.update("update mfa_challenges set expires_at = utc_timestamp(6) - interval 1 second");
        assertProblem(secondStep(mfaToken, "code", Authenticator.code(enrolled.secret(), 1)), 401, "This sign-in has expired or is already complete; log in again");
        // and the purge (every 2 s in the tests) deletes it
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (TestDatabase.count("select count(*) from mfa_challenges") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, TestDatabase.count("select count(*) from mfa_challenges"));
    }

    @Test
    void turningItOffTakesThePasswordAndACode() throws Exception {
        Enrolled enrolled = enrol();
        Authenticator.awayFromAStepsEnd();
        String code = Authenticator.code(enrolled.secret(), 1);
        assertProblem(api.send("DELETE", "auth/mfa/totp", json("current_password", "Wrong-Passw0rd", "code", code), enrolled.token(), Map.of()),
                400, "Current password is incorrect");
        assertProblem(api.send("DELETE", "auth/mfa/totp", json("current_password", PASSWORD), enrolled.token(), Map.of()), 422);
        assertProblem(api.send("DELETE", "auth/mfa/totp", json("current_password", PASSWORD, "code", "000000"), enrolled.token(), Map.of()), 422);
        assertTrue(api.get("auth/mfa", enrolled.token()).json().getBoolean("enabled"));

        Api.Reply off = api.send("DELETE", "auth/mfa/totp", json("current_password", PASSWORD, "code", code), enrolled.token(), Map.of());
        assertEquals(200, off.status(), off::toString);
        assertFalse(api.get("auth/mfa", enrolled.token()).json().getBoolean("enabled"));
        assertEquals(0, TestDatabase.count("select count(*) from recovery_codes"));
        Api.Reply plain = login(USER, PASSWORD);
        assertEquals(200, plain.status());
        assertTrue(plain.json().containsKey("token"), plain::toString);
        assertProblem(api.send("DELETE", "auth/mfa/totp", json("current_password", PASSWORD, "code", code), enrolled.token(), Map.of()), 409,
                "Two-factor sign-in is not on");
        assertEquals(List.of("success", "failure", "failure"), results(audit("mfa.disable")), "newest first");
    }

    @Test
    void anApiKeyCannotEnrolOrTurnItOff() throws Exception {
        String token = api.login(USER, PASSWORD);
        String key = api.post("auth/api-keys", json("name", "script"), token).json().getString("key");
        assertProblem(api.post("auth/mfa/totp", null, key), 403);
        Enrolled enrolled = enrol();
        String code = Authenticator.code(enrolled.secret(), 1);
        assertProblem(api.send("DELETE", "auth/mfa/totp", json("current_password", PASSWORD, "code", code), key, Map.of()), 403);
        assertProblem(api.post("auth/mfa/recovery-codes", json("code", code), key), 403);
        assertTrue(api.get("auth/mfa", key).json().getBoolean("enabled"));
        // The key itself keeps working: it is already a second secret.
        assertEquals(200, api.get("auth/me", key).status());
    }

    @Test
    void anAdministratorResetsAUsersSecondFactorAndEndsTheirSessions() throws Exception {
        Enrolled enrolled = enrol();
        String withCode = secondStep(mfaToken(), "code", Authenticator.code(enrolled.secret(), 1)).json().getString("token");
        assertEquals(List.of(USER), emails(api.get("auth/users?mfa=true", admin)));
        assertEquals(List.of(ADMIN), emails(api.get("auth/users?mfa=false", admin)));
        assertEquals("1", api.get("auth/users?mfa=true", admin).header("X-Total-Count"));
        assertProblem(api.get("auth/users?mfa=yes", admin), 422);

        assertProblem(api.send("DELETE", "auth/users/" + userId + "/mfa", null, withCode, Map.of()), 403);
        Api.Reply reset = api.send("DELETE", "auth/users/" + userId + "/mfa", null, admin, Map.of());
        assertEquals(200, reset.status(), reset::toString);
        assertEquals(401, api.get("auth/me", withCode).status());
        assertEquals(401, api.get("auth/me", enrolled.token()).status());
        Api.Reply plain = login(USER, PASSWORD);
        assertTrue(plain.json().containsKey("token"), plain::toString);
        assertNull(TestDatabase.single("select totp_secret from users where id = ?", userId));

        assertProblem(api.send("DELETE", "auth/users/" + userId + "/mfa", null, admin, Map.of()), 409, "Two-factor sign-in is not on");
        String adminId = api.get("auth/me", admin).json().getString("user_id");
        assertProblem(api.send("DELETE", "auth/users/" + adminId + "/mfa", null, admin, Map.of()), 409);
        assertProblem(api.send("DELETE", "auth/users/00000000-0000-0000-0000-000000000000/mfa", null, admin, Map.of()), 404);
        JsonObject event = audit("mfa.reset").getJsonObject(0);
        assertEquals(userId, event.getString("target_user_id"));
        assertNotEquals(userId, event.getString("actor"));
    }
}
