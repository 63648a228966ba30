package dev.roster.pages;

import static dev.roster.testing.Api.array;
import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Every page at phone widths (360 and 390 px) and on a laptop (1366 px), in the light and the dark
 * theme: nothing makes the page scroll sideways, dialogs and the account menu fit the screen, Esc
 * closes them, axe-core finds no serious or critical accessibility problem, and every text's fonts
 * end in a generic family, so names in any script render with the system's fonts. The screenshots
 * ({@code <page>-<theme>-<width>.png}) are kept in {@code target/screenshots/}.
 */
class EveryPageIT extends PageTest {

    /** A phone's width, the narrowest phones', and a laptop's, each with its usual height. */
    static final List<int[]> SCREENS = List.of(new int[] {390, 844}, new int[] {360, 740}, new int[] {1366, 900});
    static final String USER = "zoe.nanez.from-the-department-of-long-addresses@subsidiary.example.com";
    static final String NAME = "Zoë Ñáñez 李雷 🧑‍💻";

    @Test
    void pagesBeforeSetupAndWithoutLoginFitEveryScreen() {
        TestDatabase.reset();
        openBrowser();
        for (int[] screen : SCREENS) {
            browser.resize(screen[0], screen[1]);
            check("/setup", "setup", "light", screen);
        }
        String admin = api.login(api.setUp(ADMIN, PASSWORD).getString("email"), PASSWORD);
        api.createUser(json("email", USER, "display_name", NAME, "password", PASSWORD), admin);
        for (int[] screen : SCREENS) {
            browser.resize(screen[0], screen[1]);
            check("/login", "login", "light", screen);
            check("/register", "register", "light", screen);
        }
        browser.open("/login").logIn(USER, PASSWORD).waitForPath("/profile");
        for (int[] screen : SCREENS) {
            browser.resize(screen[0], screen[1]);
            check("/admin/users", "forbidden", "light", screen);
            assertTrue(browser.source().contains("Admin privileges required"));
            check("/no/such/page", "not-found", "light", screen);
            check("/profile", "profile-user", "light", screen);
        }
    }

    @Test
    void everyAdministratorPageFitsEveryScreenInBothThemes() {
        String admin = freshInstallationAsAdmin();
        api.post("groups", json("name", "engineering-and-operations", "description", "Everyone who builds and runs things"), admin);
        api.post("groups", json("name", "eng"), admin);
        api.createUser(json("email", USER, "display_name", NAME, "password", PASSWORD,
                "groups", array("engineering-and-operations", "eng")), admin);
        api.post("auth/login", json("email", USER, "password", "Wrong-Passw0rd"), null);
        openBrowser();
        browser.open("/login").logIn(ADMIN, PASSWORD).waitForPath("/admin/users");

        for (String theme : List.of("light", "dark")) {
            if (theme.equals("dark")) {
                browser.open("/profile");
                browser.click("#profile\\:theme input[value='dark']");
                browser.click("#profile\\:saveTheme");
                browser.open("/profile");
                assertTrue(browser.find("body").getAttribute("class").contains("theme-dark"));
            }
            for (int[] screen : SCREENS) {
                browser.resize(screen[0], screen[1]);
                check("/admin/users", "users", theme, screen);
                assertTrue(browser.text("#usersForm\\:users").contains(USER), "the long address is shown whole");
                checkDialog("#usersForm\\:createUser", "#usersForm\\:userDialog", "#usersForm\\:email", "users-create", theme, screen);
                checkDialog("#usersForm\\:importUsers", "#importForm\\:importDialog", null, "users-import", theme, screen);
                checkAccountMenu(theme, screen);
                check("/admin/groups", "groups", theme, screen);
                checkDialog("#groupsForm\\:createGroup", "#groupsForm\\:groupDialog", "#groupsForm\\:name", "groups-create", theme, screen);
                check("/admin/audit", "audit", theme, screen);
                check("/profile", "profile", theme, screen);
                checkDialog("#profile\\:createKey", "#profile\\:keyDialog", "#profile\\:keyName", "profile-key", theme, screen);
                check("/no/such/page", "not-found", theme, screen);
                assertTrue(browser.find("body").getAttribute("class").contains("theme-" + theme), "error pages in the caller's theme");
            }
        }
    }

    /** Opens the page and checks it as it first shows. */
    private void check(String path, String page, String theme, int[] screen) {
        browser.open(path);
        assertFits(page, theme, screen);
    }

    private void assertFits(String page, String theme, int[] screen) {
        String name = page + "-" + theme + "-" + screen[0];
        browser.screenshot(name);
        assertEquals(0, browser.overflowX(), name + " scrolls sideways");
        assertEquals(List.of(), browser.accessibilityProblems(), name);
        assertEquals(List.of(), browser.fontsWithoutFallback(), name + ": fonts without a generic family to fall back on");
    }

    /**
     * Opens a dialog with its button: it lies within the screen, has the focus in its first field,
     * passes axe-core, and closes on Esc.
     */
    private void checkDialog(String button, String dialog, String firstField, String page, String theme, int[] screen) {
        browser.click(button);
        assertWithin(dialog, page);
        if (firstField != null) {
            String first = firstField.replace("\\", "").substring(1);
            browser.waitUntil(() -> first.equals(focusedId()), page + ": the focus is in the dialog's first field, not in " + focusedId());
        }
        assertFits(page, theme, screen);
        browser.press(Keys.ESCAPE);
        browser.waitUntil(() -> !browser.driver().findElement(By.cssSelector(dialog)).isDisplayed(), page + ": Esc closes the dialog");
        assertEquals(button.replace("\\", "").substring(1), focusedId(), page + ": the focus goes back to the button");
    }

    /** The account menu holds every page's link and fits the screen. */
    private void checkAccountMenu(String theme, int[] screen) {
        browser.click("#accountButton");
        assertWithin("#accountMenu", "account menu");
        for (String link : List.of("#menuUsers", "#menuGroups", "#menuAudit", "#menuProfile", "#logout")) {
            assertTrue(browser.find(link).isDisplayed(), link);
        }
        assertFits("account-menu", theme, screen);
        browser.press(Keys.ESCAPE);
        browser.waitUntil(() -> !browser.driver().findElement(By.id("accountMenu")).isDisplayed(), "Esc closes the account menu");
        assertEquals("accountButton", focusedId(), "the focus goes back to the account button");
    }

    private String focusedId() {
        return (String) browser.driver().executeScript("return document.activeElement.id");
    }

    private void assertWithin(String css, String what) {
        List<Number> box = browser.box(css);
        @SuppressWarnings("unchecked")
        List<Number> window = (List<Number>) browser.driver().executeScript(
                "return [document.documentElement.clientWidth, window.innerHeight]");
        assertTrue(box.get(0).doubleValue() >= 0 && box.get(2).doubleValue() <= window.get(0).doubleValue(), what + " fits the width " + window + ": " + box);
        assertTrue(box.get(1).doubleValue() >= 0 && box.get(3).doubleValue() <= window.get(1).doubleValue(), what + " fits the height " + window + ": " + box);
    }
}
