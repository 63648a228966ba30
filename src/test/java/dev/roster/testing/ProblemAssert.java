package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/** Checks that an answer is a proper problem: right status, problem+json, a readable detail, no internals. */
public final class ProblemAssert {

    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+|java\\.|jakarta\\.|org\\.|SQL|select |insert |Payara|GlassFish", Pattern.CASE_INSENSITIVE);

    private ProblemAssert() {
    }

    public static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), () -> "content type of " + reply);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("detail"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(INTERNALS.matcher(reply.body()).find(), () -> "internals leak in " + reply);
        return problem;
    }

    public static JsonObject assertProblem(Api.Reply reply, int status, String detail) {
        JsonObject problem = assertProblem(reply, status);
        assertEquals(detail, problem.getString("detail"));
        return problem;
    }

    /** A 422 that names {@code field} among its errors. */
    public static JsonObject assertInvalid(Api.Reply reply, String field) {
        JsonObject problem = assertProblem(reply, 422);
        assertTrue(problem.getJsonArray("errors").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(e -> e.getString("field").equals(field) && !e.getString("message").isBlank()),
                () -> "no error for " + field + " in " + reply);
        return problem;
    }
}
