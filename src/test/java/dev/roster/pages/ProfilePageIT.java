package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A user on My Profile: name, password, theme, sessions and API keys, in a real browser. */
class ProfilePageIT extends PageTest {

    static final String USER = "una@example.com";

    @BeforeEach
    void userOnProfile() {
        String admin = freshInstallationAsAdmin();
        api.createUser(json("email", USER, "display_name", "Una User", "password", PASSWORD, "is_admin", false), admin);
        openBrowser();
        logIn(PASSWORD);
    }

    private void logIn(String password) {
        browser.open("/login");
        browser.logIn(USER, password);
        browser.waitForPath("/profile");
    }

    @Test
    void aUserChangesTheirNameAndPassword() {
        assertEquals(USER, browser.find("#profile\\:email").getAttribute("value"));
        browser.screenshot("profile");

        browser.type("#profile\\:displayName", "Una U. Ser").click("#profile\\:saveName");
        browser.waitForToast("Display name saved");
        browser.click("#accountButton");
        assertEquals("Una U. Ser", browser.text("#accountName"));
        assertEquals("Una U. Ser", TestDatabase.single("select display_name from users where email = ?", USER));

        String other = api.login(USER, PASSWORD);
        browser.type("#profile\\:currentPassword", PASSWORD).click("#profile\\:changePassword");
        browser.waitForText("#profile\\:messages", "Type a new password");
        browser.type("#profile\\:currentPassword", "Wrong-Passw0rd").type("#profile\\:newPassword", "N3w-Passw0rd!")
                .type("#profile\\:confirmation", "N3w-Passw0rd!").click("#profile\\:changePassword");
        browser.waitForText("#profile\\:messages", "Current password is incorrect");

        browser.type("#profile\\:currentPassword", PASSWORD).type("#profile\\:newPassword", "N3w-Passw0rd!")
                .type("#profile\\:confirmation", "Other-Passw0rd!").click("#profile\\:changePassword");
        browser.waitForText("#profile\\:messages", "The passwords do not match");

        browser.type("#profile\\:currentPassword", PASSWORD);
        browser.click("#profile\\:generate");
        String generated = browser.find("#profile\\:newPassword").getAttribute("value");
        assertEquals(generated, browser.find("#profile\\:confirmation").getAttribute("value"));
        assertEquals(generated, browser.text("#profile\\:newPasswordGenerated"), "a generated password is shown");
        assertEquals(PASSWORD, browser.find("#profile\\:currentPassword").getAttribute("value"), "Generate keeps the current password typed");
        browser.type("#profile\\:currentPassword", PASSWORD).type("#profile\\:newPassword", "N3w-Passw0rd!")
                .type("#profile\\:confirmation", "N3w-Passw0rd!").click("#profile\\:changePassword");
        browser.waitForToast("Password changed");
        assertEquals(401, api.get("auth/me", other).status(), "other sessions end");
        assertEquals(401, api.post("auth/login", json("email", USER, "password", PASSWORD), null).status());
        assertEquals(200, api.post("auth/login", json("email", USER, "password", "N3w-Passw0rd!"), null).status());

        browser.open("/profile"); // this session stays
        assertEquals("/profile", browser.path());
    }

    /**
     * The meter and checklist under the new password follow each keystroke, and the meter calls a
     * password acceptable exactly when the server accepts it (asked here through the API).
     */
    @Test
    void theMeterAgreesWithTheServer() {
        String admin = api.login(ADMIN, PASSWORD);
        String strength = "#profile\\:newPasswordStrength";
        browser.type("#profile\\:newPassword", "aB3");
        browser.waitForText(strength, "Not accepted: must be at least 8 characters");
        assertEquals(List.of("unmet", "met", "met", "met"), ruleStates());
        // refused and accepted ones in turn, so that each wait sees the meter change
        List<String> passwords = List.of("Password1", "Corr3ct-Horse", "abcdefg1", "q8#Vt!mZ2@rLw9&e", "PASSword1", "Aa1xxxxxxxxx",
                "Qwerty123", "Zürich-Lake-9", "Abcdefgh", "ÄÖÜäöü12", "Abc1234", "aB3-tqvx");
        for (int i = 0; i < passwords.size(); i++) {
            String password = passwords.get(i);
            Api.Reply verdict = api.post("auth/users", json("email", "probe" + i + "@example.com", "password", password), admin);
            browser.type("#profile\\:newPassword", password);
            if (verdict.status() == 201) {
                browser.waitUntil(() -> !browser.text(strength).startsWith("Not accepted"), password + " is accepted");
                assertTrue(ruleStates().stream().allMatch("met"::equals), password + ": " + ruleStates());
            } else {
                assertEquals(422, verdict.status(), verdict::toString);
                String reason = verdict.json().getJsonArray("errors").getJsonObject(0).getString("message");
                browser.waitForText(strength, "Not accepted: " + reason);
                assertTrue(ruleStates().contains("unmet"), password + ": " + ruleStates());
            }
        }
        browser.screenshot("profile-password-meter");
    }

    private List<String> ruleStates() {
        return browser.driver().findElements(By.cssSelector("#profile\\:newPasswordFeedback .rules li")).stream()
                .map(li -> li.getAttribute("class").trim()).toList();
    }

    @Test
    void theChosenThemeIsSavedAndRestoredAtLogin() {
        assertTrue(browser.source().contains("primefaces-saga-blue"));
        browser.click("#profile\\:theme input[value='dark']");
        browser.click("#profile\\:saveTheme");
        browser.waitForToast("Theme saved");
        assertTrue(browser.source().contains("primefaces-vela-blue"));
        assertEquals("dark", TestDatabase.single("select theme from users where email = ?", USER));
        browser.screenshot("profile-dark");

        browser.click("#accountButton");
        browser.click("#logout");
        browser.waitForPath("/login");
        assertTrue(browser.source().contains("primefaces-saga-blue"));
        logIn(PASSWORD);
        assertTrue(browser.source().contains("primefaces-vela-blue"));
    }

    @Test
    void aUserSeesAndEndsTheirSessions() {
        String other = api.login(USER, PASSWORD);
        browser.open("/profile");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#profile\\:sessions tbody tr")).size());
        assertTrue(browser.text("#profile\\:sessions").contains("This session"));
        WebElement agent = browser.find("#profile\\:sessions .user-agent");
        assertTrue(agent.getText().matches("HeadlessChrome \\d+ on Linux|Java-http-client.*"), agent.getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#profile\\:sessions .user-agent")).stream()
                .anyMatch(a -> a.getText().matches("HeadlessChrome \\d+ on Linux") && a.getAttribute("title").startsWith("Mozilla/5.0")),
                "the browser by name, the raw string on hover");

        browser.click("#profile\\:endOthers");
        browser.confirm("Every other browser and device", true);
        browser.waitForToast("1 other session(s) signed out");
        assertEquals(401, api.get("auth/me", other).status());
        assertEquals(1, browser.driver().findElements(By.cssSelector("#profile\\:sessions tbody tr")).size());

        String third = api.login(USER, PASSWORD);
        browser.open("/profile");
        browser.click("#profile\\:sessions tbody tr button[id$=':endSession']");
        browser.confirm("is signed out", true);
        browser.waitForToast("Session signed out");
        assertEquals(401, api.get("auth/me", third).status());
    }

    @Test
    void aUserCreatesCopiesAndRevokesAnApiKey() {
        browser.click("#profile\\:createKey");
        browser.type("#profile\\:keyName", "nightly backup");
        browser.click("#profile\\:confirmKey");
        String key = browser.find("#profile\\:newKey").getAttribute("value");
        assertTrue(key.startsWith("rk_"), key);
        assertTrue(browser.find("#profile\\:copyKey").isDisplayed());
        browser.screenshot("profile-api-key");
        assertEquals(200, api.get("auth/me", key).status());
        browser.click("#profile\\:doneKey");
        browser.waitForText("#profile\\:keys", "nightly backup");
        assertTrue(!browser.source().contains(key), "the key is shown once");

        browser.click("#profile\\:keys tbody tr button[id$=':revokeKey']");
        browser.confirm("nightly backup stop working", false);
        assertEquals(200, api.get("auth/me", key).status(), "Cancel keeps the key");
        browser.click("#profile\\:keys tbody tr button[id$=':revokeKey']");
        browser.confirm("nightly backup stop working", true);
        browser.waitForToast("API key nightly backup revoked");
        assertEquals(401, api.get("auth/me", key).status());
    }
}
