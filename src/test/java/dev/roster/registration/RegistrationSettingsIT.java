package dev.roster.registration;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.Browser;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.RosterNode;
import dev.roster.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Registration as the two other settings make it: off (the default of a real installation),
 * and on with auto-approval. Each boots a Roster node of its own on the tests' database.
 */
class RegistrationSettingsIT extends IntegrationTest {

    @Test
    void whenOffNobodyMayRegisterAndThePagesSaySo() throws Exception {
        freshInstallation();
        try (RosterNode node = RosterNode.start("registration-off", Map.of("roster.allow-registration", "false"))) {
            Api off = new Api(node.apiBase());

            assertProblem(off.post("auth/register", json("email", "grace@example.com", "password", PASSWORD), null), 403,
                    "Registration is disabled");
            assertProblem(off.post("auth/register", json("email", ADMIN, "password", PASSWORD), null), 403, "Registration is disabled");
            assertFalse(off.get("auth/status", null).json().getBoolean("registration_enabled"));
            assertEquals(1, TestDatabase.count("select count(*) from users"));

            try (Browser browser = new Browser(node.root())) {
                browser.open("/register");
                assertTrue(browser.text("#closed").contains("Registration is disabled"), browser::source);
                assertFalse(browser.present("#register\\:email"));
                browser.screenshot("register-disabled");
                browser.open("/login");
                assertFalse(browser.present("#registerLink"));
                assertEquals(java.util.List.of(), browser.policyViolations());
            }
        }
    }

    @Test
    void withAutoApprovalAnAccountLogsInAtOnce() throws Exception {
        freshInstallation();
        try (RosterNode node = RosterNode.start("registration-auto", Map.of("roster.registration.auto-approve", "true",
                "roster.registration.email-domains", ""))) {
            Api auto = new Api(node.apiBase());

            Api.Reply reply = auto.post("auth/register", json("email", "grace@elsewhere.net", "password", PASSWORD), null);
            Api.Reply taken = auto.post("auth/register", json("email", ADMIN, "password", PASSWORD + "!"), null);

            assertEquals(202, reply.status(), reply::toString);
            assertEquals(json("success", true, "status", "active"), reply.json());
            assertEquals(reply.body(), taken.body());
            String token = auto.login("grace@elsewhere.net", PASSWORD);
            assertEquals("active", auto.get("auth/me", token).json().getString("status"));
            auto.login(ADMIN, PASSWORD);
            assertEquals(1, TestDatabase.count("select count(*) from audit_events where action = 'register' and detail = 'Approved automatically'"));
        }
    }
}
