package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
        browser.waitForText("#profile\\:messages", "Display name saved");
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

        browser.click("#profile\\:generate");
        String generated = browser.find("#profile\\:newPassword").getAttribute("value");
        assertEquals(generated, browser.find("#profile\\:confirmation").getAttribute("value"));
        browser.type("#profile\\:currentPassword", PASSWORD).type("#profile\\:newPassword", "N3w-Passw0rd!")
                .type("#profile\\:confirmation", "N3w-Passw0rd!").click("#profile\\:changePassword");
        browser.waitForText("#profile\\:messages", "Password changed");
        assertEquals(401, api.get("auth/me", other).status(), "other sessions end");
        assertEquals(401, api.post("auth/login", json("email", USER, "password", PASSWORD), null).status());
        assertEquals(200, api.post("auth/login", json("email", USER, "password", "N3w-Passw0rd!"), null).status());

        browser.open("/profile"); // this session stays
        assertEquals("/profile", browser.path());
    }

    @Test
    void theChosenThemeIsSavedAndRestoredAtLogin() {
        assertTrue(browser.source().contains("primefaces-saga-blue"));
        browser.find("#profile\\:theme").findElement(By.xpath(".//*[text()='Dark']")).click();
        browser.click("#profile\\:saveTheme");
        browser.waitForText("#profile\\:messages", "Theme saved");
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

        browser.click("#profile\\:endOthers");
        browser.waitForText("#profile\\:messages", "1 other session(s) signed out");
        assertEquals(401, api.get("auth/me", other).status());
        assertEquals(1, browser.driver().findElements(By.cssSelector("#profile\\:sessions tbody tr")).size());

        String third = api.login(USER, PASSWORD);
        browser.open("/profile");
        browser.click("#profile\\:sessions tbody tr button[id$=':endSession']");
        browser.waitForText("#profile\\:messages", "Session signed out");
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
        browser.waitForText("#profile\\:messages", "API key nightly backup revoked");
        assertEquals(401, api.get("auth/me", key).status());
    }
}
