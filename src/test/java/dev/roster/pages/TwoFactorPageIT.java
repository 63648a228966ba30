package dev.roster.pages;

import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Authenticator;
import dev.roster.testing.PageTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Two-factor sign-in and required actions in a real browser: enrolment on My Profile, the code step of the login, account set-up. */
class TwoFactorPageIT extends PageTest {

    static final String USER = "tess@example.com";
    static final String NEW_PASSWORD = "N3w-Battery-Staple";
    static final String TABLE = "#usersForm\\:users";

    String admin;

    @BeforeEach
    void installation() {
        admin = freshInstallationAsAdmin();
    }

    private void logIn(String email, String password) {
        browser.open("/login");
        browser.logIn(email, password);
    }

    private void logOut() {
        browser.click("#accountButton");
        browser.click("#logout");
        browser.waitForPath("/login");
    }

    @Test
    void aUserTurnsItOnAndLogsInWithACodeOrARecoveryCode() throws Exception {
        api.createUser(json("email", USER, "display_name", "Tess Two", "password", PASSWORD), admin);
        openBrowser();
        logIn(USER, PASSWORD);
        browser.waitForPath("/profile");

        browser.click("#mfa\\:startEnrolment");
        assertTrue(browser.present("#mfa\\:enrolment svg.qr-code"), "a QR code is shown");
        String secret = browser.text("#secret").replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        browser.driver().executeScript("document.getElementById('mfa:twoFactor').scrollIntoView()");
        browser.screenshot("two-factor-enrolment");
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.type("#mfa\\:code", "000000").click("#mfa\\:confirmEnrolment");
        browser.waitForText("#mfa\\:enrolment", "The code is not a current code of your authenticator app");
        Authenticator.awayFromAStepsEnd();
        browser.type("#mfa\\:code", Authenticator.code(secret, 0)).click("#mfa\\:confirmEnrolment");
        browser.waitForToast("Two-factor sign-in is on");
        List<String> codes = browser.driver().findElements(By.cssSelector("#recoveryCodes code")).stream().map(WebElement::getText).toList();
        assertEquals(10, codes.size(), codes::toString);
        browser.driver().executeScript("document.getElementById('mfa:twoFactor').scrollIntoView()");
        browser.screenshot("two-factor-recovery-codes");
        browser.click("#mfa\\:savedCodes");
        assertFalse(browser.present("#recoveryCodes"), "shown once");
        assertTrue(browser.text("#mfa\\:mfaState").contains("10 recovery codes left"));

        logOut();
        logIn(USER, PASSWORD);
        browser.waitUntil(() -> browser.present("#login\\:code"), "the code step");
        browser.screenshot("login-code-step");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.type("#login\\:code", "000000").click("#login\\:verify");
        browser.waitForText("#login\\:messages", "Invalid code");
        browser.type("#login\\:code", Authenticator.code(secret, 1)).click("#login\\:verify");
        browser.waitForPath("/profile");
        assertTrue(browser.text("#profile\\:sessions").contains("Password and code"), browser.text("#profile\\:sessions"));

        logOut();
        logIn(USER, PASSWORD);
        browser.waitUntil(() -> browser.present("#login\\:switchCode"), "the code step");
        browser.click("#login\\:switchCode");
        browser.waitForText("#login\\:secondStep", "recovery codes");
        browser.type("#login\\:code", codes.get(3)).click("#login\\:verify");
        browser.waitForPath("/profile");
        assertTrue(browser.text("#mfa\\:mfaState").contains("9 recovery codes left"));
    }

    @Test
    void anAdministratorSeesWhoHasItAndResetsIt() throws Exception {
        api.createUser(json("email", USER, "display_name", "Tess Two", "password", PASSWORD), admin);
        api.createUser(json("email", "plain@example.com", "password", PASSWORD), admin);
        String token = api.login(USER, PASSWORD);
        String secret = api.post("auth/mfa/totp", null, token).json().getString("secret");
        Authenticator.awayFromAStepsEnd();
        assertEquals(200, api.post("auth/mfa/totp/confirm", json("code", Authenticator.code(secret, 0)), token).status());

        openBrowser();
        logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
        assertTrue(browser.row(TABLE, USER).getText().contains("2FA"));
        assertFalse(browser.row(TABLE, "plain@example.com").getText().contains("2FA"));
        browser.click("#usersForm\\:mfaFilter");
        // the menu takes its clicks once it has faded in
        browser.waitUntil(() -> "1".equals(browser.driver().executeScript(
                "return getComputedStyle(document.getElementById('usersForm:mfaFilter_panel')).opacity")), "the menu has opened");
        browser.click("#usersForm\\:mfaFilter_items li[data-label='With 2FA']");
        browser.waitUntil(() -> !browser.text(TABLE).contains("plain@example.com"), "only users with 2FA");
        browser.screenshot("users-with-2fa");

        browser.click(browser.row(TABLE, USER), "a[id$=':resetMfa']");
        browser.confirm("logs in with the password alone", true);
        browser.waitForToast("Two-factor sign-in of Tess Two (tess@example.com) reset");
        assertEquals(401, api.get("auth/me", token).status(), "her sessions ended");
        assertTrue(api.post("auth/login", json("email", USER, "password", PASSWORD), null).json().containsKey("token"));
    }

    @Test
    void aUserWhosePasswordWasSetForThemChoosesTheirOwnFirst() {
        api.post("auth/users", json("email", USER, "password", PASSWORD, "require_password_change", true), admin);
        openBrowser();
        browser.open("/profile");
        browser.logIn(USER, PASSWORD);
        browser.waitForPath("/account-setup");
        browser.screenshot("account-setup");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.open("/profile");
        assertEquals("/account-setup", browser.path(), "every other page leads here");

        browser.type("#password\\:currentPassword", PASSWORD).type("#password\\:newPassword", NEW_PASSWORD)
                .type("#password\\:confirmation", NEW_PASSWORD).click("#password\\:changePassword");
        browser.waitForPath("/profile");
        assertEquals(200, api.get("auth/sessions", api.login(USER, NEW_PASSWORD)).status());
    }
}
