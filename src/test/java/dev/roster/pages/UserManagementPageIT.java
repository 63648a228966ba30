package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import dev.roster.users.control.PasswordHasher;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** An administrator manages users on the User Management page, in a real browser. */
class UserManagementPageIT extends PageTest {

    static final String TABLE = "#usersForm\\:users";

    String adminToken;

    @BeforeEach
    void adminOnUserManagement() {
        adminToken = freshInstallationAsAdmin();
        openBrowser();
        browser.open("/login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
    }

    @Test
    void createRenameResetDeactivateReactivateAndDelete() {
        // create
        browser.click("#usersForm\\:createUser");
        browser.type("#usersForm\\:email", "grace@example.com").type("#usersForm\\:displayName", "Grace Hopper");
        browser.click("#usersForm\\:generate");
        String generated = browser.find("#usersForm\\:password").getAttribute("value");
        assertTrue(generated.length() >= 16, generated);
        assertEquals(generated, browser.text("#usersForm\\:passwordGenerated"), "the generated password is shown");
        browser.click("#usersForm\\:passwordFeedback .copy-generated");
        browser.waitForText("#usersForm\\:passwordFeedback .copy-generated", "Copied");
        assertEquals("Strong", browser.text("#usersForm\\:passwordStrength"));
        browser.type("#usersForm\\:password", PASSWORD);
        browser.screenshot("users-create-dialog");
        // An administrator who sets a password has the user choose their own by default; Grace keeps this one.
        assertTrue(browser.find("#usersForm\\:requirePasswordChange .ui-chkbox-box").getAttribute("class").contains("ui-state-active"));
        browser.click("#usersForm\\:requirePasswordChange .ui-chkbox-box");
        browser.click("#usersForm\\:save");
        browser.waitForToast("User Grace Hopper (grace@example.com) created");
        assertEquals("", browser.driver().findElement(By.id("usersForm:messages")).getText(), "a success is a toast, not a banner");
        browser.waitUntil(() -> !browser.present(".ui-growl-item"), "the toast goes by itself");
        assertTrue(browser.row(TABLE, "grace@example.com").getText().contains("Active"));
        assertEquals(200, api.post("auth/login", json("email", "grace@example.com", "password", PASSWORD), null).status());

        // the same email again: refused in the dialog, which stays open
        browser.click("#usersForm\\:createUser");
        browser.type("#usersForm\\:email", "GRACE@example.com").type("#usersForm\\:password", PASSWORD);
        browser.click("#usersForm\\:save");
        browser.waitForText("#usersForm\\:userMessages", "User with email grace@example.com already exists");
        assertTrue(browser.find("#usersForm\\:userDialog").isDisplayed());
        assertEquals("", browser.driver().findElement(By.id("usersForm:messages")).getText(), "said once, in the dialog");

        // broken field rules: in plain words at their fields, once
        browser.type("#usersForm\\:email", " ").type("#usersForm\\:displayName", "x".repeat(101)).type("#usersForm\\:password", "Password1");
        browser.click("#usersForm\\:save");
        browser.waitForText("#usersForm\\:emailMessage", "Enter an email address");
        assertEquals("The display name must be at most 100 characters", browser.text("#usersForm\\:displayNameMessage"));
        assertEquals("The password is too common; choose one that is harder to guess", browser.text("#usersForm\\:passwordMessage"));
        assertEquals("", browser.driver().findElement(By.id("usersForm:userMessages")).getText(), "not again above the fields");
        assertEquals("", browser.driver().findElement(By.id("usersForm:messages")).getText(), "nor behind the dialog");
        browser.screenshot("users-create-dialog-errors");
        browser.driver().executeScript("PF('userDialog').hide()");
        browser.settle();

        // rename and reset the password, which revokes her API keys unless the box is unticked
        String key = api.post("auth/api-keys", json("name", "laptop"), api.login("grace@example.com", PASSWORD)).json().getString("key");
        browser.click(browser.row(TABLE, "grace@example.com"), "button[id$=':edit']");
        assertEquals("grace@example.com", browser.find("#usersForm\\:email").getAttribute("value"));
        assertTrue(browser.find("#usersForm\\:revokeApiKeys .ui-chkbox-box").getAttribute("class").contains("ui-state-active"), "revoking is the default");
        browser.type("#usersForm\\:displayName", "Grace B. Hopper").type("#usersForm\\:password", "N3w-Passw0rd!");
        browser.click("#usersForm\\:requirePasswordChange .ui-chkbox-box");
        browser.click("#usersForm\\:save");
        browser.waitForToast("saved");
        browser.waitForText(TABLE, "Grace B. Hopper");
        assertEquals(401, api.post("auth/login", json("email", "grace@example.com", "password", PASSWORD), null).status());
        assertEquals(401, api.get("auth/me", key).status());
        String session = api.login("grace@example.com", "N3w-Passw0rd!");
        String kept = api.post("auth/api-keys", json("name", "build"), session).json().getString("key");
        browser.click(browser.row(TABLE, "grace@example.com"), "button[id$=':edit']");
        browser.click("#usersForm\\:revokeApiKeys .ui-chkbox-box");
        browser.type("#usersForm\\:password", "N3w-Passw0rd!");
        browser.click("#usersForm\\:save");
        browser.waitForToast("saved");
        assertEquals(401, api.get("auth/me", session).status(), "the reset ended her sessions");
        assertEquals(200, api.get("auth/me", kept).status(), "but kept her keys, unticked");
        // This time she must choose her own: her next login can do that and nothing else.
        String limited = api.login("grace@example.com", "N3w-Passw0rd!");
        assertEquals(403, api.get("auth/sessions", limited).status());
        assertEquals(200, api.patch("auth/me", json("current_password", "N3w-Passw0rd!", "new_password", "N3w-Passw0rd!"), limited).status());
        assertEquals(200, api.get("auth/sessions", limited).status());

        // edit without a password keeps it
        browser.click(browser.row(TABLE, "grace@example.com"), "button[id$=':edit']");
        browser.click("#usersForm\\:save");
        browser.waitForToast("saved");
        assertEquals(200, api.post("auth/login", json("email", "grace@example.com", "password", "N3w-Passw0rd!"), null).status());

        // deactivate: no more login; reactivate
        assertEquals("true", browser.row(TABLE, "grace@example.com").findElement(By.cssSelector("a[id$=':toggleActive']")).getAttribute("aria-checked"));
        browser.click(browser.row(TABLE, "grace@example.com"), "a[id$=':toggleActive']");
        browser.confirm("grace@example.com can no longer log in", false);
        assertTrue(browser.row(TABLE, "grace@example.com").getText().contains("Active"), "Cancel changes nothing");
        assertEquals(200, api.post("auth/login", json("email", "grace@example.com", "password", "N3w-Passw0rd!"), null).status());
        browser.click(browser.row(TABLE, "grace@example.com"), "a[id$=':toggleActive']");
        browser.confirm("grace@example.com can no longer log in", true);
        browser.waitForToast("deactivated");
        assertTrue(browser.row(TABLE, "grace@example.com").getText().contains("Inactive"));
        WebElement toggle = browser.row(TABLE, "grace@example.com").findElement(By.cssSelector("a[id$=':toggleActive']"));
        assertEquals("switch", toggle.getAttribute("role"));
        assertEquals("false", toggle.getAttribute("aria-checked"), "the switch tells its state");
        Api.Reply refused = api.post("auth/login", json("email", "grace@example.com", "password", "N3w-Passw0rd!"), null);
        assertEquals(403, refused.status());
        assertEquals("User account is inactive", refused.detail());
        browser.click(browser.row(TABLE, "grace@example.com"), "a[id$=':toggleActive']");
        browser.waitForToast("(grace@example.com) activated");
        assertEquals(200, api.post("auth/login", json("email", "grace@example.com", "password", "N3w-Passw0rd!"), null).status());

        // delete, after a confirmation naming the user
        browser.click(browser.row(TABLE, "grace@example.com"), "button[id$=':delete']");
        assertEquals("Grace B. Hopper (grace@example.com)", browser.text("#usersForm\\:deleteName"));
        browser.screenshot("users-delete-dialog");
        browser.click("#usersForm\\:confirmDelete");
        browser.waitForToast("deleted");
        assertFalse(browser.text(TABLE).contains("grace@example.com"));
        assertEquals(0L, TestDatabase.count("select count(*) from users where email = 'grace@example.com'"));
    }

    @Test
    void aUserLockedByFailedLoginsIsMarkedAndUnlocked() {
        api.post("auth/users", json("email", "lou@example.com", "display_name", "Lou Lee", "password", PASSWORD), adminToken);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.post("auth/login", json("email", "lou@example.com", "password", "Wrong-Passw0rd"), null).status());
        }
        // The tests' server locks for 2 s only; this test needs the time to look.
        TestDatabase.update("update failed_logins_by_email set locked_until = utc_timestamp(6) + interval 1 hour where email = 'lou@example.com'");
        browser.open("/admin/users");
        WebElement row = browser.row(TABLE, "lou@example.com");
        assertTrue(row.getText().contains("Locked"), row::getText);
        assertFalse(browser.row(TABLE, ADMIN).getText().contains("Locked"));
        browser.screenshot("users-locked");

        browser.click(row, "a[id$=':unlock']");
        browser.waitForToast("User Lou Lee (lou@example.com) unlocked");
        assertFalse(browser.row(TABLE, "lou@example.com").getText().contains("Locked"));
        assertEquals(200, api.post("auth/login", json("email", "lou@example.com", "password", PASSWORD), null).status());
    }

    @Test
    void theOwnRowIsMarkedWithoutTheActionsThatWouldBeRefusedAndRefusalsAppearAsMessages() {
        api.post("auth/users", json("email", "una@example.com", "password", PASSWORD), adminToken);
        browser.open("/admin/users");
        WebElement me = browser.row(TABLE, ADMIN);
        assertTrue(me.getText().contains("You"), me::getText);
        assertTrue(me.findElements(By.cssSelector("a[id$=':toggleActive']")).isEmpty(), "no switch to deactivate oneself");
        assertTrue(me.findElements(By.cssSelector("button[id$=':delete']")).isEmpty(), "no button to delete oneself");
        assertFalse(browser.row(TABLE, "una@example.com").getText().contains("You"));
        assertFalse(browser.row(TABLE, "una@example.com").findElements(By.cssSelector("button[id$=':delete']")).isEmpty());

        browser.click(browser.row(TABLE, ADMIN), "button[id$=':edit']");
        browser.find("#usersForm\\:admin .ui-chkbox-box").click();
        browser.click("#usersForm\\:save");
        browser.waitForText("#usersForm\\:userMessages", "Cannot remove the last administrator");
        assertEquals("1", TestDatabase.single("select count(*) from users where is_admin"));
    }

    @Test
    void theTablePagesSortsAndSearchesOnTheServer() {
        String hash = new PasswordHasher(1024, 1, 1).hash(PASSWORD);
        for (int i = 0; i < 30; i++) {
            TestDatabase.update("insert into users (id, email, display_name, password_hash, is_admin, is_active, created_at, updated_at)"
                    + " values (uuid(), ?, ?, ?, false, true, now(6), now(6))", String.format("bulk%02d@example.com", i), "Bulk User " + i, hash);
        }
        String evil = "<img src=x onerror=alert(1)>";
        api.post("auth/users", json("email", "evil@example.com", "display_name", evil, "password", PASSWORD, "is_admin", false), adminToken);
        browser.open("/admin/users");
        assertTrue(browser.text(TABLE).contains("1–20 of 32 users"), browser.text(TABLE));
        browser.screenshot("users-list");
        assertEquals(20, browser.driver().findElements(org.openqa.selenium.By.cssSelector(TABLE + " tbody tr")).size());

        // markup in a name is text
        assertTrue(browser.text(TABLE).contains(evil));
        assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('img[src=x]').length"));

        browser.click(TABLE + " th[aria-label*='Email']");
        browser.waitForText(TABLE + " tbody tr:first-child", "admin@example.com");
        browser.click(TABLE + " th[aria-label*='Email']");
        browser.waitForText(TABLE + " tbody tr:first-child", "evil@example.com");

        browser.type("#usersForm\\:search", "bulk07");
        browser.waitForText(TABLE, "1–1 of 1 users");
        assertTrue(browser.text(TABLE).contains("bulk07@example.com"));
        browser.screenshot("users-search");

        // in any script, accents typed or not
        api.post("auth/users", json("email", "zoe@example.com", "display_name", "Zoë Ñáñez 李雷", "password", PASSWORD, "is_admin", false), adminToken);
        browser.type("#usersForm\\:search", "李");
        browser.waitForText(TABLE, "Zoë Ñáñez 李雷");
        assertTrue(browser.text(TABLE).contains("1–1 of 1 users"), () -> browser.text(TABLE));
        browser.screenshot("users-search-cjk");
        browser.type("#usersForm\\:search", "bulk07");
        browser.waitForText(TABLE, "bulk07@example.com");
        browser.type("#usersForm\\:search", "nanez");
        browser.waitForText(TABLE, "zoe@example.com");
        assertTrue(browser.text(TABLE).contains("1–1 of 1 users"), () -> browser.text(TABLE));
    }

    @Test
    void anAdministratorEndsAUsersSessionsAndRevokesTheirKeys() {
        api.post("auth/users", json("email", "una@example.com", "display_name", "Una User", "password", PASSWORD, "is_admin", false), adminToken);
        String session = api.login("una@example.com", PASSWORD);
        Api.Reply key = api.post("auth/api-keys", json("name", "backup script"), session);
        assertEquals(201, key.status(), key::toString);
        String apiKey = key.json().getString("key");

        browser.open("/admin/users");
        WebElement row = browser.row(TABLE, "una@example.com");
        browser.click(row, "a[id$=':activity']");
        browser.waitForText("#usersForm\\:userKeys", "backup script");
        assertEquals(1, browser.driver().findElements(org.openqa.selenium.By.cssSelector("#usersForm\\:userSessions tbody tr button")).size());
        browser.screenshot("users-activity-dialog");

        browser.click("#usersForm\\:userSessions tbody tr button[id$=':endSession']");
        browser.confirm("is signed out", true);
        browser.waitForToast("Session ended");
        assertEquals(401, api.get("auth/me", session).status());

        browser.click("#usersForm\\:userKeys tbody tr button[id$=':revokeKey']");
        browser.confirm("backup script stop working", true);
        browser.waitForToast("revoked");
        assertEquals(401, api.get("auth/me", apiKey).status());
        assertNotNull(browser.find("#usersForm\\:users"));
        browser.press(Keys.ESCAPE);

        // all of them at once, each after a confirmation that Cancel leaves without effect
        List<String> sessions = List.of(api.login("una@example.com", PASSWORD), api.login("una@example.com", PASSWORD));
        List<String> keys = List.of(api.post("auth/api-keys", json("name", "one"), sessions.get(0)).json().getString("key"),
                api.post("auth/api-keys", json("name", "two"), sessions.get(0)).json().getString("key"));
        browser.click(browser.row(TABLE, "una@example.com"), "a[id$=':activity']");
        browser.waitForText("#usersForm\\:userKeys", "two");
        browser.click("#usersForm\\:endAllSessions");
        browser.confirm("Una User (una@example.com) is signed out everywhere", false);
        assertEquals(200, api.get("auth/me", sessions.get(1)).status(), "Cancel ends nothing");
        browser.click("#usersForm\\:endAllSessions");
        browser.confirm("Una User (una@example.com) is signed out everywhere", true);
        browser.waitForText("#usersForm\\:userSessions", "No active sessions");
        sessions.forEach(token -> assertEquals(401, api.get("auth/me", token).status()));
        browser.click("#usersForm\\:revokeAllKeys");
        browser.confirm("Every script that uses an API key of", true);
        browser.waitForText("#usersForm\\:userKeys", "No API keys");
        keys.forEach(token -> assertEquals(401, api.get("auth/me", token).status()));
        browser.press(Keys.ESCAPE);
        browser.screenshot("users");
    }

    private void tick(String email) {
        browser.click(browser.row(TABLE, email), "td.ui-selection-column .ui-chkbox-box");
    }

    @Test
    void bulkActionsApplyToTheTickedRowsOrToEveryMatchingUser() {
        String ann = api.createUser(json("email", "ann@example.com", "display_name", "Ann", "password", PASSWORD), adminToken);
        api.createUser(json("email", "bob@example.com", "display_name", "Bob", "password", PASSWORD), adminToken);
        api.createUser(json("email", "cat@example.com", "display_name", "Cat", "password", PASSWORD), adminToken);
        assertEquals(201, api.post("groups", json("name", "ops"), adminToken).status());
        browser.open("/admin/users");
        assertFalse(browser.present("#usersForm\\:selectedCount"), "no bar before a row is ticked");

        // two ticked rows deactivated
        tick("ann@example.com");
        tick("bob@example.com");
        browser.waitForText("#usersForm\\:selectedCount", "2 selected");
        browser.screenshot("users-bulk-bar");
        browser.click("#usersForm\\:bulkDeactivate");
        browser.confirm("2 users can no longer log in", true);
        browser.waitForToast("2 users deactivated");
        assertEquals(2, TestDatabase.count("select count(*) from users where not is_active"));
        assertTrue(browser.row(TABLE, "bob@example.com").getText().contains("Inactive"));
        assertFalse(browser.present("#usersForm\\:selectedCount"), "the selection is cleared after the action");

        // two ticked rows added to a group chosen in the bar
        tick("ann@example.com");
        tick("cat@example.com");
        browser.driver().executeScript("PF('bulkGroup').selectValue('ops')");
        browser.click("#usersForm\\:bulkAddToGroup");
        browser.waitForToast("2 users added to ops");
        assertEquals(2, TestDatabase.count("select count(*) from group_members"));
        assertEquals("ops", api.get("auth/users/" + ann, adminToken).json().getJsonArray("groups").getString(0));

        // every user the list matches, the administrator's own account among them: refused for that one only
        tick("cat@example.com");
        browser.click("#usersForm\\:selectAllMatching");
        browser.waitForText("#usersForm\\:selectedCount", "All 4 selected");
        browser.click("#usersForm\\:bulkDeactivate");
        browser.confirm("4 users can no longer log in", true);
        browser.waitForToast("3 users deactivated");
        browser.waitForText("#usersForm\\:messages", ": You cannot deactivate your own account");
        assertTrue(browser.text("#usersForm\\:messages").contains(ADMIN), () -> browser.text("#usersForm\\:messages"));
        assertEquals(3, TestDatabase.count("select count(*) from users where not is_active"));
        tick("bob@example.com");
        browser.click("#usersForm\\:selectAllMatching");
        browser.click("#usersForm\\:bulkActivate");
        browser.waitForToast("4 users activated");
        assertEquals(0, TestDatabase.count("select count(*) from users where not is_active"));

        // deleting asks first, naming how many
        tick("ann@example.com");
        tick("bob@example.com");
        browser.click("#usersForm\\:bulkDelete");
        browser.waitForText("#usersForm\\:bulkDeleteCount", "2 users");
        browser.screenshot("users-bulk-delete-dialog");
        browser.click("#usersForm\\:confirmBulkDelete");
        browser.waitForToast("2 users deleted");
        assertEquals(0, TestDatabase.count("select count(*) from users where email in ('ann@example.com', 'bob@example.com')"));
        assertEquals(1, TestDatabase.count("select count(*) from group_members"));
        assertFalse(browser.text(TABLE).contains("ann@example.com"));
    }

    @Test
    void aCsvFileIsPreviewedThenImportedAndItsResultAndTheListDownloaded() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("users-", ".csv");
        java.nio.file.Files.writeString(csv, "email;display_name;groups\n"
                + "dora@example.com;Dora Dev;\n"
                + ADMIN + ";Again;\n"
                + "not-an-email;Nobody;\n");
        java.nio.file.Path wrong = java.nio.file.Files.createTempFile("wrong-", ".csv");
        java.nio.file.Files.writeString(wrong, "email,shoe_size\nann@example.com,42\n");
        browser.click("#usersForm\\:importUsers");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#importForm input[type=file]")).sendKeys(wrong.toAbsolutePath().toString());
        browser.waitForText("#importForm\\:importMessages", "unknown column shoe_size");
        assertFalse(browser.present("#importForm\\:previewSummary"), "a file that is not a users' CSV has no preview");

        // a file above the pages' usual 1 MiB limit, up to the import's 5 MiB
        StringBuilder large = new StringBuilder("email,display_name\n");
        for (int i = 0; i < 9_500; i++) {
            large.append("large").append(i).append("@example.com,").append("A display name of some length ".repeat(3)).append(i).append('\n');
        }
        assertTrue(large.length() > 1024 * 1024, () -> "a file of " + large.length() + " bytes");
        java.nio.file.Path big = java.nio.file.Files.createTempFile("large-", ".csv");
        java.nio.file.Files.writeString(big, large);
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#importForm input[type=file]")).sendKeys(big.toAbsolutePath().toString());
        browser.waitForText("#importForm\\:previewSummary", "9500 to create, 0 to skip, 0 with errors");
        browser.click("#importForm\\:chooseAnother");

        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#importForm input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.waitForText("#importForm\\:previewSummary", "1 to create, 1 to skip, 1 with errors");
        browser.settle();
        assertTrue(browser.text("#importForm\\:previewRows").contains("already exists"), () -> browser.text("#importForm\\:previewRows"));
        browser.screenshot("users-import-preview");
        assertEquals(0, TestDatabase.count("select count(*) from users where email = 'dora@example.com'"), "a preview writes nothing");

        browser.click("#importForm\\:confirmImport");
        browser.waitForText("#importForm\\:resultSummary", "1 created, 1 skipped, 1 failed");
        String password = browser.row("#importForm\\:resultRows", "dora@example.com").findElement(org.openqa.selenium.By.cssSelector(".generated-password")).getText();
        assertTrue(password.length() >= 16, password);
        browser.screenshot("users-import-result");
        assertEquals(200, api.post("auth/login", json("email", "dora@example.com", "password", password), null).status());

        browser.click("#importForm\\:downloadResult");
        String result = browser.downloaded("import-result.csv");
        assertTrue(result.startsWith("line,email,result,detail,password"), result);
        assertTrue(result.contains("2,dora@example.com,created,," + password), result);
        assertTrue(result.contains("4,not-an-email,error,"), result);

        // the list behind the dialog shows her; Export downloads what the search shows
        browser.open("/admin/users");
        browser.type("#usersForm\\:search", "dora");
        browser.waitForText(TABLE, "1–1 of 1 users");
        browser.click("#usersForm\\:exportUsers");
        String exported = browser.downloaded("users-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".csv");
        assertTrue(exported.contains("dora@example.com,Dora Dev"), exported);
        assertFalse(exported.contains(ADMIN), exported);
    }

    @Test
    void aLostViewStateReloadsThePageErrorPagesLookLikeRosterAndLogOutAlwaysWorks() {
        // the container session is gone, the Roster session is not: the click reloads the page and says so
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.click("#usersForm\\:createUser");
        browser.waitForText("#reloadedNotice", "This page had expired and was opened again");
        assertEquals("/admin/users", browser.path());
        browser.screenshot("users-reloaded");
        browser.click("#usersForm\\:createUser");
        assertTrue(browser.find("#usersForm\\:userDialog").isDisplayed(), "the page works again");
        browser.driver().executeScript("PF('userDialog').hide()");
        browser.settle();

        // an error page in Roster's look, with the way back
        browser.open("/no-such-page");
        assertTrue(browser.text("h1").contains("Page not found"), () -> browser.text("body"));
        assertTrue(browser.present(".topbar .brand"), "the top bar");
        assertEquals("rgba(255, 255, 255, 1)", browser.find(".card").getCssValue("background-color"), "the theme's card");
        browser.screenshot("error-not-found");
        browser.click("#back");
        browser.waitForPath("/admin/users");

        // Log out with the view state gone still ends the session
        String session = browser.driver().manage().getCookieNamed("roster_session").getValue();
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.click("#accountButton");
        browser.click("#logout");
        browser.waitForPath("/login");
        browser.waitForText("#login\\:messages", "You have been logged out");
        assertEquals(401, api.get("auth/me", session).status());
    }
}
