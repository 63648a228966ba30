package dev.roster.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void rostersOwnIdsAreIds() {
        assertTrue(Ids.isId(UUID.randomUUID().toString()));
        assertTrue(Ids.isId("00000000-0000-0000-0000-000000000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-1", "0", "abc", "..", "%2e%2e", "00000000-0000-0000-0000-00000000000G",
            "0E4C8A5B-1C2D-4E5F-8A9B-0C1D2E3F4A5B", "0e4c8a5b-1c2d-4e5f-8a9b-0c1d2e3f4a5b ", " 0e4c8a5b-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            "0e4c8a5b1c2d4e5f8a9b0c1d2e3f4a5b", "0e4c8a5b-1c2d-4e5f-8a9b-0c1d2e3f4a5b\n", "99999999999999999999999999999999999999"})
    void anythingElseIsNot(String text) {
        assertFalse(Ids.isId(text), text);
    }

    @Test
    void nullIsNot() {
        assertFalse(Ids.isId(null));
    }
}
