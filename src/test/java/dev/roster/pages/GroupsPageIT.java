package dev.roster.pages;

import static dev.roster.testing.Api.array;
import static dev.roster.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.PageTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Groups on {@code /admin/groups}, and group chips, filter and choice on User Management, in a real browser. */
class GroupsPageIT extends PageTest {

    static final String GROUPS = "#groupsForm\\:groups";
    static final String USERS = "#usersForm\\:users";

    String admin;
    String grace;

    @BeforeEach
    void installation() {
        freshInstallation();
        admin = api.login(ADMIN, PASSWORD);
        grace = api.createUser(json("email", "grace@example.com", "display_name", "Grace Hopper", "password", PASSWORD), admin);
        api.createUser(json("email", "alan@example.com", "password", PASSWORD), admin);
        openBrowser();
        browser.open("/login");
        browser.logIn(ADMIN, PASSWORD);
        browser.waitForPath("/admin/users");
    }

    private List<String> groupsOf(String userId) {
        return api.get("auth/users/" + userId, admin).json().getJsonArray("groups").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void anAdministratorCreatesAGroupAddsAMemberAndDeletesIt() {
        browser.click("#groupsLink");
        browser.waitForPath("/admin/groups");
        browser.waitForText(GROUPS, "No groups yet");

        browser.click("#groupsForm\\:createGroup");
        browser.type("#groupsForm\\:name", "admin");
        browser.click("#groupsForm\\:save");
        browser.waitForText("#groupsForm\\:nameMessage", "The name is reserved for a role");
        browser.type("#groupsForm\\:name", "Eng").type("#groupsForm\\:description", "Engineering");
        browser.click("#groupsForm\\:save");
        browser.waitForToast("Group eng created");
        browser.waitForText(GROUPS, "Engineering");

        browser.click(browser.row(GROUPS, "eng"), "a[id$=':members']");
        browser.waitForText("#groupsForm\\:membersOf", "eng");
        browser.type("#groupsForm\\:candidateSearch", "grace");
        browser.waitForText("#groupsForm\\:candidates", "grace@example.com");
        browser.click(browser.row("#groupsForm\\:candidates", "grace@example.com"), "button[id$=':add']");
        browser.waitForToast("Grace Hopper (grace@example.com) added to eng");
        browser.waitForText("#groupsForm\\:memberList", "grace@example.com");
        browser.waitForText("#groupsForm\\:memberTotal", "1 member(s)");
        browser.screenshot("group-members");
        assertEquals(List.of("eng"), groupsOf(grace));

        browser.click(browser.row("#groupsForm\\:memberList", "grace@example.com"), "button[id$=':remove']");
        browser.waitForToast("removed from eng");
        assertEquals(List.of(), groupsOf(grace));

        browser.open("/admin/groups");
        browser.click(browser.row(GROUPS, "eng"), "button[id$=':delete']");
        browser.waitForText("#groupsForm\\:deleteName", "eng");
        browser.click("#groupsForm\\:confirmDelete");
        browser.waitForToast("Group eng deleted");
        assertEquals(0, TestDatabase.count("select count(*) from user_groups"));
        assertEquals(2, TestDatabase.count("select count(*) from users where email <> ?", ADMIN), "the members stay");
    }

    @Test
    void userManagementShowsGroupChipsFiltersByGroupAndSetsGroupsInTheDialog() {
        String eng = api.post("groups", json("name", "eng"), admin).json().getString("group_id");
        api.post("groups", json("name", "ops"), admin);
        api.post("groups/" + eng + "/members", json("user_ids", array(grace)), admin);

        browser.open("/admin/users");
        assertTrue(browser.row(USERS, "grace@example.com").getText().contains("eng"));
        browser.click(browser.row(USERS, "grace@example.com"), "a.group-chip");
        browser.waitForPath("/admin/users");
        browser.waitForText("#usersForm\\:groupFilter", "eng");
        assertFalse(browser.text(USERS).contains("alan@example.com"), "only the members of eng");
        browser.screenshot("users-group-filter");

        browser.click(browser.row(USERS, "grace@example.com"), "button[id$=':edit']");
        browser.waitForText("#usersForm\\:groups", "eng");
        browser.click("#usersForm\\:groups");
        browser.click("#usersForm\\:groups_panel li[data-item-value='ops'] .ui-chkbox-box");
        browser.click("#usersForm\\:groups_panel li[data-item-value='eng'] .ui-chkbox-box");
        browser.screenshot("user-dialog-groups");
        browser.click("#usersForm\\:groups_panel .ui-selectcheckboxmenu-close");
        browser.click("#usersForm\\:save");
        browser.waitForToast("User Grace Hopper (grace@example.com) saved");
        assertEquals(List.of("ops"), groupsOf(grace));
    }
}
