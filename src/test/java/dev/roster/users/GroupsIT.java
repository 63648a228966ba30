package dev.roster.users;

import static dev.roster.testing.Api.array;
import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Groups and their members over HTTP: the rules, the user list's {@code groups}, tokens and introspection. */
class GroupsIT extends IntegrationTest {

    private static final String GRACE = "grace@example.com";

    String admin;

    @BeforeEach
    void installation() {
        admin = freshInstallationAsAdmin();
    }

    private JsonObject createGroup(String name, String description) {
        Api.Reply reply = api.post("groups", json("name", name, "description", description), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private String createUser(String email) {
        return api.createUser(json("email", email, "password", PASSWORD), admin);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private List<String> emails(Api.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.structure().asJsonArray().stream().map(v -> v.asJsonObject().getString("email")).toList();
    }

    @Test
    void aGroupIsCreatedReadListedAndSearched() {
        JsonObject eng = createGroup(" Eng ", "Engineering: the people who build Roster");
        assertEquals("eng", eng.getString("name"), "names are stored trimmed and lower-cased");
        assertEquals(0, eng.getInt("member_count"));
        assertEquals(List.of("created_at", "description", "group_id", "member_count", "name", "updated_at"),
                eng.keySet().stream().sorted().toList());
        createGroup("ops", null);
        createGroup("sales.emea", "Sales in Europe");

        Api.Reply one = api.get("groups/" + eng.getString("group_id"), admin);
        assertEquals(200, one.status());
        assertEquals(eng, one.json());
        assertNotNull(one.header("ETag"));

        Api.Reply all = api.get("groups", admin);
        assertEquals("3", all.header("X-Total-Count"));
        assertEquals(List.of("eng", "ops", "sales.emea"), all.structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("name")).toList(), "by name");
        Api.Reply page = api.get("groups?limit=1&offset=1", admin);
        assertEquals(List.of("ops"), page.structure().asJsonArray().stream().map(v -> v.asJsonObject().getString("name")).toList());
        assertTrue(page.header("Link").contains("offset=2"), page::toString);
        Api.Reply search = api.get("groups?search=EUROPE", admin);
        assertEquals("1", search.header("X-Total-Count"), "the description is searched too, in any case");
        assertEquals("0", api.get("groups?search=%25", admin).header("X-Total-Count"), "a % is a character, not a wildcard");
        assertInvalid(api.get("groups?limit=0", admin), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Eng Team", "eng/ops", "ingénierie", "admin", "USER",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void badNamesAre422AndCreateNothing(String name) {
        assertInvalid(api.post("groups", json("name", name), admin), "name");
        assertEquals(0, TestDatabase.count("select count(*) from user_groups"));
    }

    @Test
    void descriptionsFitAndShowWhatTheyHold() {
        assertInvalid(api.post("groups", json("name", "eng", "description", "x".repeat(501)), admin), "description");
        assertInvalid(api.post("groups", json("name", "eng", "description", "evil\u202Etxt"), admin), "description");
        assertProblem(api.post("groups", json("name", 7), admin), 400, "Field 'name' must be a string");
        assertProblem(api.post("groups", "{\"name\": [\"eng\"]}", admin), 400);
        assertEquals(0, TestDatabase.count("select count(*) from user_groups"));
    }

    @Test
    void namesAreUniqueInAnyCaseAlsoInARace() throws Exception {
        createGroup("eng", null);
        assertProblem(api.post("groups", json("name", "ENG"), admin), 409, "Group eng already exists");

        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("groups", json("name", "ops"), admin).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, TestDatabase.count("select count(*) from user_groups"));
    }

    @Test
    void aGroupIsRenamedDescribedAndDeletedWithoutItsMembers() {
        JsonObject eng = createGroup("eng", "Engineering");
        String id = eng.getString("group_id");
        String grace = createUser(GRACE);
        createGroup("ops", null);
        assertEquals(200, api.post("groups/" + id + "/members", json("user_ids", array(grace)), admin).status());

        Api.Reply read = api.get("groups/" + id, admin);
        Api.Reply renamed = api.patch("groups/" + id, json("name", "platform"), admin);
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("platform", renamed.json().getString("name"));
        assertEquals("Engineering", renamed.json().getString("description"), "a field not sent stays");
        assertEquals(List.of("platform"), strings(api.get("auth/users/" + grace, admin).json(), "groups"));

        assertProblem(api.send("PATCH", "groups/" + id, json("description", "stale"), admin, Map.of("If-Match", read.header("ETag"))), 412);
        assertProblem(api.patch("groups/" + id, json("name", "ops"), admin), 409, "Group ops already exists");
        assertInvalid(api.patch("groups/" + id, json("name", ""), admin), "name");
        Api.Reply cleared = api.patch("groups/" + id, json("description", null), admin);
        assertFalse(cleared.json().containsKey("description") && !cleared.json().isNull("description"), cleared::toString);

        assertEquals(204, api.send("DELETE", "groups/" + id, null, admin, Map.of()).status());
        assertProblem(api.get("groups/" + id, admin), 404, "Group not found");
        assertEquals(List.of(), strings(api.get("auth/users/" + grace, admin).json(), "groups"));
        assertEquals(200, api.get("auth/users/" + grace, admin).status(), "the member stays");
        assertProblem(api.send("DELETE", "groups/" + id, null, admin, Map.of()), 404);
        assertProblem(api.get("groups/not-an-id", admin), 404);
    }

    @Test
    void membersAreAddedIdempotentlyListedAndRemoved() {
        String id = createGroup("eng", null).getString("group_id");
        String grace = createUser(GRACE);
        String alan = createUser("alan@example.com");
        createUser("ada@example.com");

        Api.Reply added = api.post("groups/" + id + "/members", json("user_ids", array(grace, alan)), admin);
        assertEquals(json("success", true, "added", 2, "unchanged", 0), added.json());
        Api.Reply again = api.post("groups/" + id + "/members", json("user_ids", array(grace, grace)), admin);
        assertEquals(json("success", true, "added", 0, "unchanged", 1), again.json(), "a repeated request changes nothing");
        assertEquals(2, api.get("groups/" + id, admin).json().getInt("member_count"));

        Api.Reply members = api.get("groups/" + id + "/members?sort=email", admin);
        assertEquals(List.of("alan@example.com", GRACE), emails(members));
        assertEquals("2", members.header("X-Total-Count"));
        assertEquals(List.of(GRACE), emails(api.get("groups/" + id + "/members?search=grace", admin)));

        assertEquals(204, api.send("DELETE", "groups/" + id + "/members/" + alan, null, admin, Map.of()).status());
        assertProblem(api.send("DELETE", "groups/" + id + "/members/" + alan, null, admin, Map.of()), 404,
                "The user is not a member of this group");
        assertEquals(List.of(GRACE), emails(api.get("groups/" + id + "/members", admin)));
        assertProblem(api.get("groups/00000000-0000-0000-0000-000000000000/members", admin), 404, "Group not found");
    }

    @Test
    void aMemberListThatNamesSomeoneUnknownAddsNoOne() {
        String id = createGroup("eng", null).getString("group_id");
        String grace = createUser(GRACE);

        assertInvalid(api.post("groups/" + id + "/members", json("user_ids", array(grace, "00000000-0000-0000-0000-000000000000")), admin),
                "user_ids");
        assertInvalid(api.post("groups/" + id + "/members", json("user_ids", array(grace, "' or 1=1 --")), admin), "user_ids");
        assertInvalid(api.post("groups/" + id + "/members", json("user_ids", array()), admin), "user_ids");
        assertInvalid(api.post("groups/" + id + "/members", json(), admin), "user_ids");
        String[] tooMany = IntStream.range(0, 1001).mapToObj(i -> String.format("00000000-0000-0000-0000-%012d", i)).toArray(String[]::new);
        assertInvalid(api.post("groups/" + id + "/members", json("user_ids", array(tooMany)), admin), "user_ids");
        assertProblem(api.post("groups/" + id + "/members", "{\"user_ids\": \"" + grace + "\"}", admin), 400);
        assertEquals(0, TestDatabase.count("select count(*) from group_members"));
    }

    @Test
    void everyRepresentationOfAUserCarriesTheirGroupsSorted() {
        String ops = createGroup("ops", null).getString("group_id");
        String eng = createGroup("eng", null).getString("group_id");
        String grace = createUser(GRACE);
        api.post("groups/" + ops + "/members", json("user_ids", array(grace)), admin);
        api.post("groups/" + eng + "/members", json("user_ids", array(grace)), admin);

        List<String> expected = List.of("eng", "ops");
        assertEquals(expected, strings(api.get("auth/users/" + grace, admin).json(), "groups"));
        JsonObject listed = api.get("auth/users?search=grace", admin).structure().asJsonArray().get(0).asJsonObject();
        assertEquals(expected, strings(listed, "groups"));
        Api.Reply login = api.post("auth/login", json("email", GRACE, "password", PASSWORD), null);
        assertEquals(expected, strings(login.json().getJsonObject("user"), "groups"));
        String token = login.json().getString("token");
        assertEquals(expected, strings(api.get("auth/me", token).json(), "groups"));
        assertEquals(expected, strings(api.patch("auth/me", json("display_name", "Grace"), token).json(), "groups"));
        assertEquals(List.of(), strings(api.get("auth/me", admin).json(), "groups"));
    }

    @Test
    void theUserListFiltersOnAGroup() {
        String eng = createGroup("eng", null).getString("group_id");
        String grace = createUser(GRACE);
        createUser("alan@example.com");
        api.post("groups/" + eng + "/members", json("user_ids", array(grace)), admin);

        Api.Reply filtered = api.get("auth/users?group=ENG", admin);
        assertEquals(List.of(GRACE), emails(filtered));
        assertEquals("1", filtered.header("X-Total-Count"));
        assertEquals(List.of(GRACE), emails(api.get("auth/users?group=eng&is_admin=false&search=grace", admin)));
        assertEquals(List.of(), emails(api.get("auth/users?group=eng&is_admin=true", admin)));
        Api.Reply unknown = api.get("auth/users?group=nobody", admin);
        assertEquals(List.of(), emails(unknown));
        assertEquals("0", unknown.header("X-Total-Count"));
        assertInvalid(api.get("auth/users?group=" + "g".repeat(65), admin), "group");
    }

    @Test
    void anAdministratorSetsAUsersGroupsAndAnUnknownNameChangesNothing() {
        createGroup("eng", null);
        createGroup("ops", null);
        String grace = createUser(GRACE);

        Api.Reply set = api.patch("auth/users/" + grace, json("groups", array("OPS", "eng")), admin);
        assertEquals(200, set.status(), set::toString);
        assertEquals(List.of("eng", "ops"), strings(set.json(), "groups"));
        assertEquals(List.of("ops"), strings(api.patch("auth/users/" + grace, json("groups", array("ops")), admin).json(), "groups"));

        assertInvalid(api.patch("auth/users/" + grace, json("display_name", "Grace", "groups", array("ops", "nobody")), admin), "groups");
        JsonObject after = api.get("auth/users/" + grace, admin).json();
        assertEquals(List.of("ops"), strings(after, "groups"));
        assertTrue(after.isNull("display_name"), "the whole edit was refused");
        assertEquals(List.of(), strings(api.patch("auth/users/" + grace, json("groups", array()), admin).json(), "groups"));
        assertProblem(api.patch("auth/users/" + grace, "{\"groups\": \"ops\"}", admin), 400);
    }

    @Test
    void theTokenCarriesTheGroupsOfItsLoginAndIntrospectionTheCurrentOnes() throws Exception {
        String eng = createGroup("eng", null).getString("group_id");
        String grace = createUser(GRACE);
        api.post("groups/" + eng + "/members", json("user_ids", array(grace)), admin);
        String token = api.login(GRACE, PASSWORD);

        assertEquals(List.of("user", "eng"), com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("groups"));
        assertEquals(List.of("user", "eng"), strings(api.post("auth/introspect", json("token", token), admin).json(), "groups"));

        assertEquals(204, api.send("DELETE", "groups/" + eng + "/members/" + grace, null, admin, Map.of()).status());
        assertEquals(List.of("user"), strings(api.post("auth/introspect", json("token", token), admin).json(), "groups"),
                "introspection answers the groups as they are now");
        assertEquals(List.of(), strings(api.get("auth/me", token).json(), "groups"));

        api.post("groups/" + eng + "/members", json("user_ids", array(grace)), admin);
        String key = api.post("auth/api-keys", json("name", "ci"), token).json().getString("key");
        assertEquals(List.of("user", "eng"), strings(api.post("auth/introspect", json("token", key), admin).json(), "groups"),
                "an API key's introspection too");
        assertEquals(List.of("eng"), strings(api.get("auth/me", key).json(), "groups"));
    }

    @Test
    void onlyAdministratorsManageGroups() {
        String id = createGroup("eng", null).getString("group_id");
        String grace = createUser(GRACE);
        String user = api.login(GRACE, PASSWORD);

        assertProblem(api.get("groups", user), 403);
        assertProblem(api.post("groups", json("name", "mine"), user), 403);
        assertProblem(api.get("groups/" + id, user), 403);
        assertProblem(api.post("groups/" + id + "/members", json("user_ids", array(grace)), user), 403);
        assertProblem(api.patch("auth/users/" + grace, json("groups", array("eng")), user), 403);
        assertProblem(api.get("groups", null), 401);
        assertEquals(0, TestDatabase.count("select count(*) from group_members"));
        assertEquals(1, TestDatabase.count("select count(*) from user_groups"));
    }

    @Test
    void everyChangeIsAudited() {
        String id = createGroup("eng", "Engineering").getString("group_id");
        String grace = createUser(GRACE);
        api.patch("groups/" + id, json("name", "platform"), admin);
        api.post("groups/" + id + "/members", json("user_ids", array(grace)), admin);
        api.send("DELETE", "groups/" + id + "/members/" + grace, null, admin, Map.of());
        api.post("groups", json("name", "platform"), admin);
        api.send("DELETE", "groups/" + id, null, admin, Map.of());

        List<JsonObject> events = api.get("audit?action=group.create", admin).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(2, events.size(), events::toString);
        assertEquals(List.of("failure", "success"), events.stream().map(e -> e.getString("result")).toList(), "newest first: the duplicate was refused");
        JsonObject renamed = api.get("audit?action=group.update", admin).structure().asJsonArray().get(0).asJsonObject();
        assertEquals(id, renamed.getString("object_id"));
        assertEquals("Group platform, was eng", renamed.getString("detail"));
        JsonObject added = api.get("audit?action=group.member_add", admin).structure().asJsonArray().get(0).asJsonObject();
        assertEquals(grace, added.getString("target_user_id"));
        assertEquals(GRACE, added.getString("target_email"));
        assertEquals(id, added.getString("object_id"));
        assertEquals("1", api.get("audit?action=group.member_remove", admin).header("X-Total-Count"));
        assertEquals("1", api.get("audit?action=group.delete", admin).header("X-Total-Count"));
    }
}
