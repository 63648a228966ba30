package dev.roster.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {

    private final JsonBodyWriter writer = new JsonBodyWriter();

    public record Named(String displayName) {
    }

    @Test
    void writesRecordsAndListsAsUtf8() throws IOException {
        assertEquals("{\"display_name\":\"Zoë 李雷\"}", write(new Named("Zoë 李雷")));
        assertEquals("[{\"display_name\":\"a\"},{\"display_name\":null}]", write(List.of(new Named("a"), new Named(null))));
    }

    @Test
    void takesRecordsAndCollectionsOnly() {
        assertTrue(writer.isWriteable(Named.class, Named.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertTrue(writer.isWriteable(List.class, List.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE));
    }

    private String write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
