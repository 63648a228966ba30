package dev.roster.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SameOriginTest {

    @Test
    void theSiteItselfIsTheSameOrigin() {
        assertTrue(SameOrigin.matches("http://roster.example.com:8080", "http", "roster.example.com:8080", 8080));
        assertTrue(SameOrigin.matches("HTTP://Roster.Example.com:8080", "http", "roster.example.com:8080", 8080));
        assertTrue(SameOrigin.matches("https://roster.example.com", "https", "roster.example.com", -1));
        assertTrue(SameOrigin.matches("https://roster.example.com:443", "https", "roster.example.com", 443));
        assertTrue(SameOrigin.matches("http://127.0.0.1:8080", "http", "127.0.0.1", 8080));
        assertTrue(SameOrigin.matches("http://[::1]:8080", "http", "[::1]:8080", 8080));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "", " ", "https://roster.example.com:8080", "http://roster.example.com", "http://roster.example.com:8081",
            "http://evil.example", "http://roster.example.com.evil.example:8080", "http://evil.example#@roster.example.com:8080",
            "http://user@roster.example.com:8080", "http://roster.example.com:8080/path", "roster.example.com:8080", "file:///etc/passwd",
            "http://roster.example.com:8080?x", "http://%72oster.example.com:8080"})
    void anythingElseIsNot(String origin) {
        assertFalse(SameOrigin.matches(origin, "http", "roster.example.com:8080", 8080), origin);
    }

    @Test
    void noOriginOrNoHostIsNeverTheSame() {
        assertFalse(SameOrigin.matches(null, "http", "roster.example.com", 80));
        assertFalse(SameOrigin.matches("http://roster.example.com", "http", null, 80));
        assertFalse(SameOrigin.matches("http://roster.example.com", "http", "", 80));
        assertFalse(SameOrigin.matches("http://roster.example.com", "http", "bad host:x", 80));
    }
}
