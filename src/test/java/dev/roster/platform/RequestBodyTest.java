package dev.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.problems.BadRequestException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":}", "nope", "{\"a\":1,}", "{} {}"})
    void brokenJsonIsABadRequest(String text) {
        assertThrows(BadRequestException.class, () -> RequestBody.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "null", "true"})
    void onlyAnObjectWillDo(String text) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> RequestBody.parse(text));
        assertEquals("The request body must be a JSON object", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> RequestBody.parse("[".repeat(100_000)));
        assertTrue(e.getMessage().contains("deeper than"), e.getMessage());
        assertThrows(BadRequestException.class, () -> RequestBody.parse("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)));
        // brackets inside strings are text, not nesting
        assertEquals(Optional.of("[".repeat(1000)), RequestBody.parse("{\"a\":\"" + "[".repeat(1000) + "\"}").string("a"));
        assertEquals(Optional.of("\"[[["), RequestBody.parse("{\"a\":\"\\\"[[[\"}").string("a"));
        assertTrue(RequestBody.parse("{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}").has("a"));
    }

    @Test
    void absentAndNullAreToldApart() {
        RequestBody body = RequestBody.parse("{\"display_name\": null}");
        assertTrue(body.has("display_name"));
        assertFalse(body.has("email"));
        assertEquals(Optional.empty(), body.string("display_name"));
        assertEquals(Optional.empty(), body.string("email"));
    }

    @Test
    void wrongTypesNameTheField() {
        RequestBody body = RequestBody.parse("{\"email\": 1, \"remember_me\": \"yes\", \"obj\": {\"$ne\": null}}");
        assertEquals("Field 'email' must be a string", assertThrows(BadRequestException.class, () -> body.string("email")).getMessage());
        assertEquals("Field 'remember_me' must be true or false", assertThrows(BadRequestException.class, () -> body.bool("remember_me", false)).getMessage());
        assertThrows(BadRequestException.class, () -> body.string("obj"));
    }

    @Test
    void booleansDefaultWhenAbsent() {
        RequestBody body = RequestBody.parse("{\"a\": true, \"b\": false, \"c\": null}");
        assertTrue(body.bool("a", false));
        assertFalse(body.bool("b", true));
        assertTrue(body.bool("c", true));
        assertFalse(body.bool("d", false));
    }
}
