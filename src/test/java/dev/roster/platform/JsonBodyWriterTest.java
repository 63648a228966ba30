package dev.roster.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {

    private final JsonBodyWriter writer = new JsonBodyWriter();

    @Test
    void writesTheSameUtf8TextAsAJsonWriter() throws IOException {
        JsonObject value = Json.createObjectBuilder()
                .add("display_name", "Zoë \"Z\" Ångström \u2603 \uD83D\uDE00 <script>\n\ttab")
                .add("is_admin", true)
                .add("count", 12345678901L)
                .addNull("last_login_at")
                .add("roles", Json.createArrayBuilder().add("admin").add("user"))
                .add("nested", Json.createObjectBuilder().add("ratio", 1.25))
                .build();

        byte[] written = write(value);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonWriter json = Json.createWriter(expected)) {
            json.write(value);
        }
        assertArrayEquals(expected.toByteArray(), written);
        assertEquals(value, Json.createReader(new StringReader(new String(written, StandardCharsets.UTF_8))).readObject());
    }

    @Test
    void writesArraysToo() throws IOException {
        JsonArray value = Json.createArrayBuilder().add(1).add("two").add(Json.createObjectBuilder()).build();
        assertEquals("[1,\"two\",{}]", new String(write(value), StandardCharsets.UTF_8));
    }

    @Test
    void takesJsonValuesOnly() {
        assertTrue(writer.isWriteable(JsonObject.class, JsonObject.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertTrue(writer.isWriteable(JsonArray.class, JsonArray.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
    }

    private byte[] write(JsonStructure value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toByteArray();
    }
}
