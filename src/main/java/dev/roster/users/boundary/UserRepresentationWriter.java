package dev.roster.users.boundary;

import dev.roster.wire.Timestamps;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one representation written by hand: the caller's own account, which {@code GET /auth/me}
 * (every client's authenticated read) answers. Through JSON-B it cost that read twice the
 * server's CPU (0.76 against 0.36 ms at c=8, ten times the garbage collector's share, ReadBench on
 * 2026-12-02), past the 5 % its guard allows; JSON-P's builder writes the same text as
 * {@link dev.roster.wire.Wire} would (names, nulls, timestamps), as {@code UserRepresentationWriterTest} checks.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class UserRepresentationWriter implements MessageBodyWriter<UserRepresentation> {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == UserRepresentation.class;
    }

    @Override
    public void writeTo(UserRepresentation user, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(toJson(user).getBytes(StandardCharsets.UTF_8));
    }

    static String toJson(UserRepresentation user) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        instant(json, "created_at", user.createdAt());
        text(json, "display_name", user.displayName());
        text(json, "email", user.email());
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        user.groups().forEach(groups::add);
        json.add("groups", groups);
        json.add("is_active", user.isActive()).add("is_admin", user.isAdmin());
        instant(json, "last_login_at", user.lastLoginAt());
        json.add("mfa_enabled", user.mfaEnabled());
        JsonArrayBuilder actions = JSON.createArrayBuilder();
        user.requiredActions().forEach(actions::add);
        json.add("required_actions", actions);
        text(json, "status", user.status());
        instant(json, "updated_at", user.updatedAt());
        text(json, "user_id", user.userId());
        return json.build().toString();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        text(json, name, value == null ? null : Timestamps.format(value));
    }
}
