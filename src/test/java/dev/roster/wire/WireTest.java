package dev.roster.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireTest {

    public record Login(String email, String password, Boolean rememberMe) {
    }

    public record Edit(Patch<String> displayName, Patch<Boolean> isActive, String email) {
    }

    public record Shown(String userId, String displayName, boolean isAdmin, Instant lastLoginAt, long count, List<String> groups,
                        @JsonbTransient boolean secret, @JsonbNillable(false) String key) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":}", "{\"a\":1,}", "{} {}", "{\"a\":1}{}", "{'email':'x'}", "{\"display_name\":\"\\ud800\\u"})
    void brokenJsonIsNotValidJson(String text) {
        assertEquals("The request body is not valid JSON", refusal(text, Login.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "null", "true", "nope", "\u0000{}"})
    void onlyAnObjectWillDo(String text) {
        assertEquals("The request body must be a JSON object", refusal(text, Login.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyBodyIsNamed(String text) {
        assertEquals("A JSON object is required as the request body", refusal(text, Login.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"email\":\"a@example.com\",\"email\":\"b@example.com\"}", "{\"email\":\"a\",\"em\\u0061il\":\"b\"}",
        "{\"remember_me\":false,\"password\":\"p\",\"remember_me\":true}", "{\"x\":{\"y\":1,\"y\":2}}"})
    void aFieldNamedTwiceIsRefused(String text) {
        assertTrue(refusal(text, Login.class).startsWith("The request body names a field twice"), text);
    }

    @Test
    void theSameNameInDifferentObjectsIsNoDuplicate() {
        assertEquals("x", Wire.read("{\"a\":{\"email\":1},\"b\":[{\"email\":2},{\"email\":3}],\"email\":\"x\"}", Login.class).email());
        assertEquals("The request body names a field twice: 'email'", refusal("{\"email\":\"a\",\"email\":\"b\"}", Login.class));
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() {
        assertTrue(refusal("[".repeat(100_000), Login.class).contains("deeper than"));
        assertTrue(refusal("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), Login.class).contains("deeper than"));
        // brackets inside strings are text, not nesting
        assertEquals("[".repeat(1000), Wire.read("{\"email\":\"" + "[".repeat(1000) + "\"}", Login.class).email());
        assertEquals("\"[[[", Wire.read("{\"email\":\"\\\"[[[\"}", Login.class).email());
        assertEquals("x", Wire.read("{\"a\":" + "[".repeat(31) + "]".repeat(31) + ",\"email\":\"x\"}", Login.class).email());
    }

    @Test
    void bindsSnakeCaseNamesAndIgnoresUnknownFields() {
        Login login = Wire.read("{\"email\":\"a@example.com\",\"password\":\"p\",\"remember_me\":true,\"user_id\":\"forged\"}", Login.class);
        assertEquals(new Login("a@example.com", "p", true), login);
        assertEquals(new Login(null, null, null), Wire.read("{}", Login.class));
    }

    @Test
    void wrongTypesNameTheField() {
        assertEquals("Field 'email' must be a string", refusal("{\"email\": 1}", Login.class));
        assertEquals("Field 'email' must be a string", refusal("{\"email\": {\"$ne\": null}}", Login.class));
        assertEquals("Field 'password' must be a string", refusal("{\"password\": [\"x\"]}", Login.class));
        assertEquals("Field 'password' must be a string", refusal("{\"password\": true}", Login.class));
        assertEquals("Field 'remember_me' must be true or false", refusal("{\"remember_me\": \"yes\"}", Login.class));
        assertEquals("Field 'remember_me' must be true or false", refusal("{\"remember_me\": 1}", Login.class));
        assertEquals("Field 'display_name' must be a string", refusal("{\"display_name\": 7}", Edit.class));
        assertEquals("Field 'is_active' must be true or false", refusal("{\"is_active\": \"false\"}", Edit.class));
    }

    @Test
    void aPatchTellsAbsentFromNull() {
        Edit absent = Wire.read("{\"email\": \"e@example.com\"}", Edit.class);
        assertNull(absent.displayName());
        assertNull(absent.isActive());
        Edit nulls = Wire.read("{\"display_name\": null, \"is_active\": null}", Edit.class);
        assertEquals(new Patch<>(null), nulls.displayName());
        assertEquals(new Patch<>(null), nulls.isActive());
        Edit values = Wire.read("{\"display_name\": \"Grace\", \"is_active\": false}", Edit.class);
        assertEquals(new Patch<>("Grace"), values.displayName());
        assertEquals(new Patch<>(false), values.isActive());
    }

    @Test
    void writesSnakeCaseInAlphabeticalOrderWithNullsAndTimestamps() {
        Shown shown = new Shown("u1", "Zoë \"Z\" \u2603 \uD83D\uDE00 <script>\n", true, Instant.parse("2026-05-07T21:12:09.008123Z"), 12345678901L,
                List.of("admin", "user"), true, null);
        assertEquals("{\"count\":12345678901,\"display_name\":\"Zoë \\\"Z\\\" \u2603 \uD83D\uDE00 <script>\\n\",\"groups\":[\"admin\",\"user\"],"
                + "\"is_admin\":true,\"last_login_at\":\"2026-05-07T21:12:09.008Z\",\"user_id\":\"u1\"}",
                Wire.toJson(shown));
        assertEquals("{\"count\":0,\"display_name\":null,\"groups\":null,\"is_admin\":false,\"key\":\"k\",\"last_login_at\":null,"
                + "\"user_id\":null}", Wire.toJson(new Shown(null, null, false, null, 0, null, false, "k")));
        assertEquals("[{\"email\":\"a\",\"password\":null,\"remember_me\":false}]", Wire.toJson(List.of(new Login("a", null, false))));
    }

    private static String refusal(String text, Class<?> type) {
        return assertThrows(UnreadableBodyException.class, () -> Wire.read(text, type)).getMessage();
    }
}
