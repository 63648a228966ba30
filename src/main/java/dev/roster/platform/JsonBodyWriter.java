package dev.roster.platform;

import jakarta.json.JsonStructure;
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

/**
 * Writes the API's JSON-P answers (objects and arrays, problems included) as compact UTF-8,
 * the same text Jersey's own writer makes. Jersey's writer opens a {@code JsonWriter} on the
 * response stream, and Parsson gives each one a fresh 8 KiB encoder buffer; the value's own
 * text comes from Parsson's pooled buffers. Per answer that was a fifth of what the server
 * allocated for an authenticated read, and so of its young collections.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyWriter implements MessageBodyWriter<JsonStructure> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonStructure.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonStructure value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(value.toString().getBytes(StandardCharsets.UTF_8));
    }
}
