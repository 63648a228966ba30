package dev.roster.sessions;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.Authenticator;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.RosterNode;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Required actions over HTTP: an account that must change its password (or enrol in two-factor
 * sign-in) logs in, but its session answers 403 everywhere except the action's own endpoints,
 * {@code GET /auth/me} and logout, and its pages lead to the account set-up page; done, the same
 * session is a full one at once.
 */
class RequiredActionsIT extends IntegrationTest {

    private static final String USER = "user@example.com";
    private static final String NEW_PASSWORD = "N3w-Battery-Staple";

    String admin;

    @BeforeEach
    void installation() {
        admin = freshInstallationAsAdmin();
    }

    private static String actions(JsonObject user) {
        return user.getJsonArray("required_actions").toString();
    }

    @Test
    void aNewUserWhoMustChangeTheirPasswordCanDoThatAndNothingElse() {
        Api.Reply created = api.post("auth/users", json("email", USER, "password", PASSWORD, "require_password_change", true), admin);
        assertEquals(201, created.status(), created::toString);
        assertEquals("[\"change_password\"]", actions(created.json()));
        String userId = created.json().getString("user_id");
        assertEquals(1, api.get("audit?action=required_action.set", admin).structure().asJsonArray().size());

        Api.Reply login = api.post("auth/login", json("email", USER, "password", PASSWORD), null);
        assertEquals(200, login.status(), login::toString);
        assertEquals("[\"change_password\"]", actions(login.json().getJsonObject("user")));
        String token = login.json().getString("token");

        assertEquals("[\"change_password\"]", actions(api.get("auth/me", token).json()));
        for (String[] call : new String[][] {{"GET", "auth/sessions"}, {"POST", "auth/api-keys"}, {"GET", "auth/api-keys"},
                {"POST", "auth/mfa/totp"}, {"GET", "auth/users"}, {"POST", "auth/sessions/revoke-others"}}) {
            assertProblem(api.send(call[0], call[1], call[0].equals("POST") ? json("name", "x") : null, token, Map.of()), 403,
                    "Password change required");
        }
        // Its pages lead to the account set-up page, and back afterwards.
        Api.Reply page = api.send("GET", "../../profile?tab=keys", null, null, Map.of("Cookie", "roster_session=" + token));
        assertEquals(302, page.status(), page::toString);
        assertTrue(page.header("Location").endsWith("/account-setup?next=%2Fprofile%3Ftab%3Dkeys"), page.header("Location"));
        assertEquals(200, api.send("GET", "../../account-setup", null, null, Map.of("Cookie", "roster_session=" + token)).status());

        Api.Reply changed = api.patch("auth/me", json("current_password", PASSWORD, "new_password", NEW_PASSWORD), token);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("[]", actions(changed.json()));
        assertEquals(200, api.get("auth/sessions", token).status());
        assertEquals("[]", actions(api.get("auth/users/" + userId, admin).json()));
        JsonObject done = api.get("audit?action=required_action.done", admin).structure().asJsonArray().getJsonObject(0);
        assertEquals("[\"change_password\"]", done.getJsonArray("changes").toString());
    }

    @Test
    void aResetThatRequiresAChangeLimitsTheNextLoginAndLogoutStillWorks() {
        String userId = api.createUser(json("email", USER, "password", PASSWORD), admin);
        assertProblem(api.patch("auth/users/" + userId, json("require_password_change", true), admin), 422);
        Api.Reply reset = api.patch("auth/users/" + userId, json("password", NEW_PASSWORD, "require_password_change", true), admin);
        assertEquals(200, reset.status(), reset::toString);
        assertEquals("[\"change_password\"]", actions(reset.json()));

        String token = api.login(USER, NEW_PASSWORD);
        assertProblem(api.get("auth/sessions", token), 403, "Password change required");
        assertEquals(200, api.post("auth/logout", null, token).status());
        assertEquals(401, api.get("auth/me", token).status());

        // A reset without the box leaves the account as it is; an import row without a password gets the action.
        String plain = api.createUser(json("email", "plain@example.com", "password", PASSWORD), admin);
        assertEquals("[]", actions(api.patch("auth/users/" + plain, json("password", NEW_PASSWORD), admin).json()));
        Api.Reply imported = api.send("POST", "auth/users/import", "email\nimported@example.com\n", admin, Map.of("Content-Type", "text/csv"));
        assertEquals(200, imported.status(), imported::toString);
        String generated = imported.json().getJsonArray("rows").getJsonObject(0).getString("password");
        assertProblem(api.get("auth/sessions", api.login("imported@example.com", generated)), 403, "Password change required");
    }

    @Test
    void withTheSettingOnAnAdministratorEnrolsBeforeAnythingElse() throws Exception {
        try (RosterNode node = RosterNode.start("mfa-for-admins", Map.of("roster.mfa.required-for-admins", "true"))) {
            Api other = new Api(node.apiBase());
            String token = other.login(ADMIN, PASSWORD);
            assertEquals("[\"enrol_mfa\"]", actions(other.get("auth/me", token).json()));
            assertProblem(other.get("auth/users", token), 403, "Two-factor enrolment required");
            Api.Reply page = other.send("GET", "../../admin/users", null, null, Map.of("Cookie", "roster_session=" + token));
            assertTrue(page.header("Location").endsWith("/account-setup?next=%2Fadmin%2Fusers"), page::toString);
            // A user who is no administrator is not asked.
            api.createUser(json("email", USER, "password", PASSWORD), admin);
            String userToken = other.login(USER, PASSWORD);
            assertEquals(200, other.get("auth/sessions", userToken).status());

            String secret = other.post("auth/mfa/totp", null, token).json().getString("secret");
            Authenticator.awayFromAStepsEnd();
            Api.Reply confirmed = other.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, 0)), token);
            assertEquals(200, confirmed.status(), confirmed::toString);
            assertEquals(200, other.get("auth/users", token).status());
            assertEquals("[]", actions(other.get("auth/me", token).json()));
        }
    }
}
