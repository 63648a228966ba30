package dev.roster.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void yamlUnlessJsonIsAskedFor() {
        assertFalse(OpenApiDocument.wantsJson(null, null));
        assertFalse(OpenApiDocument.wantsJson(null, "*/*"));
        assertTrue(OpenApiDocument.wantsJson(null, "application/json"));
        assertTrue(OpenApiDocument.wantsJson(null, "text/html, Application/JSON;q=0.9"));
        assertFalse(OpenApiDocument.wantsJson(null, "application/yaml, application/json"));
    }

    @Test
    void theQueryParameterWinsOverTheAcceptHeader() {
        assertTrue(OpenApiDocument.wantsJson("JSON", "application/yaml"));
        assertTrue(OpenApiDocument.wantsJson("json", null));
        assertFalse(OpenApiDocument.wantsJson("YAML", "application/json"));
    }
}
