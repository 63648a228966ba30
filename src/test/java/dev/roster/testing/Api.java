package dev.roster.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Roster's HTTP API as a client sees it: plain requests, JSON answers. */
public final class Api {

    private final HttpClient http;
    private final URI base;

    public Api(URI base) {
        this(base, HttpClient.Version.HTTP_2);
    }

    public Api(URI base, HttpClient.Version version) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI base() {
        return base;
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, token, Map.of());
    }

    public Reply post(String path, Object json, String token) {
        return send("POST", path, json, token, Map.of());
    }

    public Reply patch(String path, Object json, String token) {
        return send("PATCH", path, json, token, Map.of());
    }

    /** {@code body} is sent as JSON: a JSON-P value, or a String sent verbatim (for broken JSON). */
    public Reply send(String method, String path, Object body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates the first administrator; fails the test unless setup answers 201. */
    public JsonObject setUp(String email, String password) {
        Reply reply = post("auth/setup", json("email", email, "display_name", "First Admin", "password", password), null);
        if (reply.status() != 201) {
            throw new AssertionError("setup failed: " + reply);
        }
        return reply.json().getJsonObject("user");
    }

    /** Logs in and returns the token; fails the test unless login answers 200. */
    public String login(String email, String password) {
        Reply reply = post("auth/login", json("email", email, "password", password), null);
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        return reply.json().getString("token");
    }

    /** Creates a user as an administrator and returns its id; fails the test unless creation answers 201. */
    public String createUser(JsonObject user, String adminToken) {
        Reply reply = post("auth/users", user, adminToken);
        if (reply.status() != 201) {
            throw new AssertionError("user creation failed: " + reply);
        }
        return reply.json().getString("user_id");
    }

    /** A JSON array of strings. */
    public static JsonArray array(String... values) {
        return Json.createArrayBuilder(List.of(values)).build();
    }

    /** A JSON object from alternating names and values (String, Boolean, Number, a JSON value or null). */
    public static JsonObject json(Object... namesAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Integer n) {
                builder.add(name, n);
            } else if (value instanceof JsonValue v) {
                builder.add(name, v);
            } else {
                builder.add(name, value.toString());
            }
        }
        return builder.build();
    }

    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String detail() {
            return json().getString("detail");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
