package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registering on {@code /register}, and approving or rejecting on User Management, in a real
 * browser. The shared test server allows registration at example.com and example.org (pom.xml).
 */
class RegistrationPageIT extends PageTest {

    static final String TABLE = "#usersForm\\:users";

    @BeforeEach
    void installation() {
        freshInstallation();
        openBrowser();
    }

    @Test
    void aVisitorRegistersFromTheLoginPage() {
        browser.open("/login");
        browser.click("#registerLink");
        browser.waitForPath("/register");
        assertTrue(browser.text(".rules").contains("At least 8 characters"));
        assertTrue(browser.text("#register").contains("Only addresses ending with @example.com or @example.org"), () -> browser.text("#register"));
        browser.screenshot("register");

        browser.type("#register\\:email", "grace@example.com").type("#register\\:displayName", "Grace Hopper");
        browser.type("#register\\:password", PASSWORD).type("#register\\:confirmation", PASSWORD + "x");
        browser.click("#register\\:create");
        browser.waitForText("#register\\:messages", "The passwords do not match");

        browser.type("#register\\:email", "grace@elsewhere.net");
        browser.type("#register\\:password", PASSWORD).type("#register\\:confirmation", PASSWORD);
        browser.click("#register\\:create");
        browser.waitForText("#register\\:emailMessage", "The email address must end with @example.com or @example.org");

        browser.type("#register\\:email", "grace@example.com");
        browser.type("#register\\:password", PASSWORD).type("#register\\:confirmation", PASSWORD);
        browser.click("#register\\:create");
        browser.waitForText("#register\\:messages", "An administrator will review your request");
        assertFalse(browser.present("#register\\:email"), "the form is done");
        browser.screenshot("register-done");
        assertEquals("1", TestDatabase.single("select count(*) from users where email = 'grace@example.com' and is_pending and not is_active"));

        // the same email again, or an administrator's: the very same answer
        for (String email : new String[] {"grace@example.com", ADMIN}) {
            browser.open("/register");
            browser.type("#register\\:email", email);
            browser.type("#register\\:password", PASSWORD).type("#register\\:confirmation", PASSWORD);
            browser.click("#register\\:create");
            browser.waitForText("#register\\:messages", "An administrator will review your request");
        }
        assertEquals(2, TestDatabase.count("select count(*) from users"));

        browser.open("/login");
        browser.logIn("grace@example.com", PASSWORD);
        browser.waitForText("#login\\:messages", "Your account is awaiting approval");
    }

    @Test
    void anAdministratorApprovesOneRegistrationAndRejectsAnother() {
        for (String email : new String[] {"ada@example.com", "mallory@example.org"}) {
            assertEquals(202, api.send("POST", "auth/register", json("email", email, "password", PASSWORD), null,
                    Map.of("X-Forwarded-For", "203.0.113.9")).status());
        }
        browser.open("/login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
        browser.waitForText("#pendingLink", "2 pending");

        browser.click("#pendingLink");
        browser.waitForPath("/admin/users");
        browser.waitForText(TABLE, "mallory@example.org");
        assertFalse(browser.text(TABLE).contains(ADMIN), "only the accounts that await approval");
        assertTrue(browser.row(TABLE, "ada@example.com").getText().contains("Pending"));
        browser.screenshot("users-pending");

        browser.click(browser.row(TABLE, "ada@example.com"), "button[id$=':approve']");
        browser.waitForToast("User ada@example.com approved");
        browser.waitForText("#pendingLink", "1 pending");
        assertEquals(200, api.post("auth/login", json("email", "ada@example.com", "password", PASSWORD), null).status());

        browser.click(browser.row(TABLE, "mallory@example.org"), "button[id$=':reject']");
        browser.waitForText("#usersForm\\:rejectName", "mallory@example.org");
        browser.screenshot("users-reject-dialog");
        browser.click("#usersForm\\:confirmReject");
        browser.waitForToast("Registration of mallory@example.org rejected");
        assertEquals(0, TestDatabase.count("select count(*) from users where email = 'mallory@example.org'"));
        assertFalse(browser.present("#pendingLink"), "no badge once none awaits approval");

        // the status filter shows everyone again
        browser.click("#usersForm\\:statusFilter");
        // the menu takes its clicks once it has faded in
        browser.waitUntil(() -> "1".equals(browser.driver().executeScript(
                "return getComputedStyle(document.getElementById('usersForm:statusFilter_panel')).opacity")), "the menu has opened");
        browser.click("#usersForm\\:statusFilter_items li[data-label='All statuses']");
        browser.waitForText(TABLE, ADMIN);
        assertTrue(browser.row(TABLE, "ada@example.com").getText().contains("Active"));
    }
}
