package dev.roster.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "search=grace", "search=grace%20hopper", "search=%C3%A9", "search=%e2%80%ae", "a=%25&b=%2F", "search=caf\u00e9"})
    void wellEncodedQueriesPass(String query) {
        assertTrue(SecurityFilter.isWellEncoded(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"search=%zz", "search=%", "search=%2", "search=%E0%A4%A", "search=%ff%fe", "search=%C0%AE", "search=%ED%A0%80", "%g0"})
    void brokenEscapesAndInvalidUtf8AreNot(String query) {
        assertFalse(SecurityFilter.isWellEncoded(query), query);
    }
}
