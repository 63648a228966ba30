package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.PageTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Administrators read the audit log on its page, in a real browser; users cannot. */
class AuditLogPageIT extends PageTest {

    static final String USER = "user@example.com";
    static final String TABLE = "#auditForm\\:events";

    @BeforeEach
    void anInstallationWithSomeHistory() {
        String admin = freshInstallationAsAdmin();
        api.post("auth/users", json("email", USER, "display_name", "Plain <b>User</b>", "password", PASSWORD), admin);
        api.post("auth/login", json("email", USER, "password", "Wrong-Passw0rd"), null);
        openBrowser();
    }

    private List<String> rows() {
        return browser.driver().findElements(By.cssSelector(TABLE + " tbody tr")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdministratorReadsAndFiltersTheLogFromTheAccountMenu() {
        browser.open("/login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
        browser.click("#accountButton");
        browser.click("#menuAudit");
        browser.waitForPath("/admin/audit");

        List<String> rows = rows();
        assertEquals(5, rows.size(), rows::toString); // setup, two admin logins, the new user, the failed login
        // Newest first: the administrator's own login on this browser, then the user's failed one.
        assertTrue(rows.get(0).contains("login") && rows.get(0).contains(ADMIN) && rows.get(0).contains("Success"), rows::toString);
        assertTrue(rows.get(1).contains("login") && rows.get(1).contains("Failed") && rows.get(1).contains("Wrong password"), rows::toString);
        assertTrue(browser.text(TABLE).contains("1–5 of 5 events"), browser.text(TABLE));
        browser.screenshot("audit-log");

        browser.driver().executeScript("PF('actionFilter').selectValue('user.create')");
        browser.click("#auditForm\\:apply");
        browser.waitForText(TABLE, "1–1 of 1 events");
        String created = rows().get(0);
        assertTrue(created.contains("user.create") && created.contains(USER) && created.contains(ADMIN) && created.contains("Success"), created);

        browser.type("#auditForm\\:actor", "anonymous");
        browser.click("#auditForm\\:clear");
        browser.waitForText(TABLE, "of 5 events");
        browser.type("#auditForm\\:actor", "anonymous");
        browser.click("#auditForm\\:apply");
        browser.waitForText(TABLE, "of 2 events"); // setup and the failed login
        assertFalse(browser.source().contains("<b>User</b>"), "what users typed is text, never markup");
    }

    @Test
    void timesArePickedByPresetOrTypedAndTargetsFoundByEmail() {
        browser.open("/login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
        browser.open("/admin/audit");

        browser.click("#auditForm\\:lastHour");
        browser.waitForText(TABLE, "1–5 of 5 events");
        assertFalse(browser.find("#auditForm\\:from_input").getAttribute("value").isEmpty(), "the preset fills in From");
        browser.type("#auditForm\\:target", USER).click("#auditForm\\:apply");
        browser.waitForText(TABLE, "of 2 events"); // the user's creation and failed login
        assertTrue(rows().stream().allMatch(row -> row.contains(USER)), rows()::toString);

        browser.click("#auditForm\\:clear");
        browser.type("#auditForm\\:from_input", "2026-01-02 00:00").press(Keys.TAB); // leaving the field takes the time typed
        // the second picker's field, as typed (WebDriver's keys do not reach it once the first calendar has been open)
        browser.driver().executeScript("document.getElementById('auditForm:to_input').value = '2026-01-01 00:00'");
        browser.click("#auditForm\\:apply");
        browser.waitForText("#auditForm\\:toMessage", "“To” must be later than “From”");
        assertEquals("", browser.driver().findElement(By.id("auditForm:messages")).getText(), "said once, at the field");
        assertTrue(browser.text(TABLE).contains("No events match"));
        browser.screenshot("audit-to-before-from");
    }

    @Test
    void aUserIsTurnedAway() {
        browser.open("/login");
        browser.logIn(USER, PASSWORD);
        browser.waitForPath("/profile");
        assertFalse(browser.present("#menuAudit"));
        browser.open("/admin/audit");
        assertTrue(browser.source().contains("Admin privileges required"));
        assertFalse(browser.present(TABLE));
    }
}
