package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** First-run setup, logging in and out, and who may open which page, in a real browser. */
class SetupPageIT extends PageTest {

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset();
        openBrowser();
    }

    @Test
    void theBrowserRunsOnlyScriptsThePageVouchesFor() {
        browser.open("/setup");
        // what an injected <script> would try: it is refused, and the refusal is what the other tests look for
        browser.driver().executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.head.appendChild(s);");
        browser.settle();
        assertEquals(null, browser.driver().executeScript("return window.injected === undefined ? null : window.injected;"));
        List<String> refused = browser.policyViolations();
        assertEquals(1, refused.size(), refused::toString);
        assertTrue(refused.get(0).contains("script-src"), refused::toString);
        // while PrimeFaces' own scripts, carrying the page's nonce, ran
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return typeof PrimeFaces !== 'undefined' && !!PrimeFaces.csp.NONCE_VALUE;"));
    }

    @Test
    void firstRunSetupCreatesTheAdministratorOnce() {
        browser.open("/admin/users");
        browser.waitForPath("/setup");
        assertTrue(browser.text(".rules").contains("At least 8 characters"));
        browser.screenshot("setup");

        browser.click("#setup\\:generate");
        String generated = browser.find("#setup\\:password").getAttribute("value");
        assertTrue(generated.length() >= 16, generated);
        assertEquals(generated, browser.find("#setup\\:confirmation").getAttribute("value"));

        browser.type("#setup\\:email", "Admin@Example.com").type("#setup\\:displayName", "Ada Admin");
        browser.type("#setup\\:password", "weak").type("#setup\\:confirmation", "weak");
        browser.waitForText("#setup\\:passwordStrength", "Not accepted: must be at least 8 characters");
        browser.click("#setup\\:create");
        browser.waitForText("#setup\\:passwordMessage", "The password must be at least 8 characters");

        browser.type("#setup\\:password", PASSWORD).type("#setup\\:confirmation", PASSWORD + "x");
        browser.click("#setup\\:create");
        browser.waitForText("#setup\\:messages", "The passwords do not match");

        browser.type("#setup\\:password", PASSWORD).type("#setup\\:confirmation", PASSWORD);
        browser.click("#setup\\:create");
        browser.waitForPath("/login");
        browser.waitForText("#login\\:messages", "Administrator account created");
        assertEquals("1", TestDatabase.single("select count(*) from users where email = 'admin@example.com' and is_admin"));

        browser.open("/setup");
        browser.waitForPath("/login");
        browser.open("/");
        browser.waitForPath("/login");
    }

    @Test
    void anAnonymousVisitorLogsInAndComesBackToThePageAskedFor() {
        api.setUp(ADMIN, PASSWORD);
        browser.open("/admin/users?x=1");
        browser.waitForPath("/login");
        assertTrue(browser.driver().getCurrentUrl().contains("next=%2Fadmin%2Fusers%3Fx%3D1"), browser.driver().getCurrentUrl());
        browser.screenshot("login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");

        browser.open("/");
        browser.waitForPath("/admin/users");
    }

    @Test
    void loginNamesWhatWentWrong() {
        String admin = loginAdmin();
        createUser(admin, "off@example.com", "Switched Off", false);
        api.patch("auth/users/" + userId("off@example.com"), json("is_active", false), admin);

        browser.open("/login");
        browser.logIn(ADMIN, "Wrong-Passw0rd");
        browser.waitForText("#login\\:messages", "Incorrect email or password");
        browser.logIn("nobody@example.com", PASSWORD);
        browser.waitForText("#login\\:messages", "Incorrect email or password");
        browser.logIn("off@example.com", PASSWORD);
        browser.waitForText("#login\\:messages", "User account is inactive");
        browser.screenshot("login-error");
        assertEquals("/login", browser.path());
    }

    @Test
    void aLostSessionSendsTheBrowserToLoginWithAMessage() {
        userOnProfile("user@example.com", "Una User");

        TestDatabase.update("update sessions set revoked_at = now(6) where user_id = ?", userId("user@example.com"));
        browser.open("/profile");
        browser.waitForPath("/login");
        browser.waitForText("#login\\:messages", "Your session has expired, please log in again");
        browser.logIn("user@example.com", PASSWORD);
        browser.waitForPath("/profile");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        api.setUp(ADMIN, PASSWORD);
        browser.open("/login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
        String cookie = browser.driver().manage().getCookieNamed("roster_session").getValue();
        assertTrue(browser.driver().manage().getCookieNamed("roster_session").isHttpOnly());
        assertEquals("Strict", browser.driver().manage().getCookieNamed("roster_session").getSameSite());

        browser.click("#accountButton");
        browser.click("#logout");
        browser.waitForPath("/login");
        assertEquals(401, api.get("auth/me", cookie).status());
        browser.open("/admin/users");
        browser.waitForPath("/login");
    }

    @Test
    void aUserIsRefusedTheAdministratorsPage() {
        userOnProfile("user@example.com", "Una User");
        browser.click("#accountButton");
        String menu = browser.text("#accountMenu");
        assertTrue(menu.contains("My Profile") && menu.contains("Log out"), menu);
        assertFalse(menu.contains("User Management"), menu);
        assertFalse(menu.contains("Admin"), menu);

        browser.open("/admin/users");
        assertTrue(browser.source().contains("Admin privileges required"));
        assertFalse(browser.source().contains("usersTable"));
        browser.screenshot("forbidden");
    }

    @Test
    void aNameWithMarkupIsShownAsText() {
        String evil = "<img src=x onerror=alert(1)>";
        userOnProfile("evil@example.com", evil);
        browser.click("#accountButton");
        assertEquals(evil, browser.text("#accountName"));
        assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('img[src=x]').length"));
    }

    /** A new (non-admin) user, logged in on the pages; they land on My Profile. */
    private void userOnProfile(String email, String name) {
        createUser(loginAdmin(), email, name, false);
        browser.open("/login");
        browser.logIn(email, PASSWORD);
        browser.waitForPath("/profile");
    }

    private String loginAdmin() {
        api.setUp(ADMIN, PASSWORD);
        return api.login(ADMIN, PASSWORD);
    }

    private void createUser(String admin, String email, String name, boolean isAdmin) {
        Api.Reply reply = api.post("auth/users", json("email", email, "display_name", name, "password", PASSWORD, "is_admin", isAdmin), admin);
        assertEquals(201, reply.status(), reply::toString);
    }

    private static String userId(String email) {
        String id = TestDatabase.single("select id from users where email = ?", email);
        assertNotNull(id);
        return id;
    }
}
