package dev.roster.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy strict = new PasswordPolicy(true);
    private final PasswordPolicy lenient = new PasswordPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"Corr3ct-Horse", "Tq7-vortex", "Zürich-Lake-9", "ÄÖÜäöü12"})
    void strictAcceptsGoodPasswords(String password) {
        assertEquals(Optional.empty(), strict.violation(password));
    }

    @Test
    void thePolicyDescribesItsOwnRules() {
        assertTrue(strict.rules().contains("At least " + PasswordPolicy.STRICT_MIN_LENGTH + " characters"), strict.rules()::toString);
        assertEquals(4, strict.rules().size());
        assertEquals(1, lenient.rules().size());
    }

    @Test
    void strictNamesTheBrokenRule() {
        assertEquals(Optional.of("must be at least 8 characters"), strict.violation("Abc1234"));
        assertEquals(Optional.of("must contain an upper-case letter, a lower-case letter and a digit"), strict.violation("abcdefg1"));
        assertEquals(Optional.of("must contain an upper-case letter, a lower-case letter and a digit"), strict.violation("ABCDEFG1"));
        assertEquals(Optional.of("must contain an upper-case letter, a lower-case letter and a digit"), strict.violation("Abcdefgh"));
        assertEquals(Optional.of("must not be empty"), strict.violation(""));
        assertEquals(Optional.of("must not be empty"), strict.violation(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1", "PASSword1", "Qwerty123", "Iloveyou1"})
    void strictRefusesCommonPasswordsWhateverTheirCase(String password) {
        assertEquals(Optional.of("is too common; choose one that is harder to guess"), strict.violation(password));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Seven characters, eight UTF-16 units: too short.
        assertTrue(strict.violation("Ab1😀xyz").isPresent());
    }

    @Test
    void lenientAcceptsAnythingNotEmpty() {
        assertEquals(Optional.empty(), lenient.violation("a"));
        assertEquals(Optional.empty(), lenient.violation("password"));
        assertEquals(Optional.of("must not be empty"), lenient.violation(""));
    }

    @Test
    void bothCapTheLength() {
        String max = "Aa1" + "x".repeat(1021);
        assertEquals(Optional.empty(), strict.violation(max));
        assertEquals(Optional.of("must be at most 1024 characters"), strict.violation(max + "x"));
        assertEquals(Optional.of("must be at most 1024 characters"), lenient.violation("x".repeat(1025)));
    }
}
