package dev.roster.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void theChecklistTicksEachRuleAsThePasswordGrows() {
        assertEquals(List.of(false, false, false, false), met(strict.checks("")));
        assertEquals(List.of(false, false, false, true), met(strict.checks("a")));
        assertEquals(List.of(false, true, false, true), met(strict.checks("aB")));
        assertEquals(List.of(false, true, true, true), met(strict.checks("aB3")));
        assertEquals(List.of(true, true, true, true), met(strict.checks("aB3-tqvx")));
        assertEquals(List.of(true, true, true, false), met(strict.checks("Password1")), "common, whatever the rest says");
        assertEquals(List.of(false, true), List.of(met(lenient.checks("")).get(0), met(lenient.checks("x")).get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Abc1234", "abcdefg1", "Password1", "PASSword1", "Qwerty123", "Iloveyou1", "Abcdefgh"})
    void theMeterRefusesWhatTheServerRefuses(String password) {
        PasswordPolicy.Strength strength = strict.strength(password);
        assertEquals(0, strength.level(), strength::toString);
        if (!password.isEmpty()) {
            assertEquals("Not accepted: " + strict.violation(password).orElseThrow(), strength.label());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Corr3ct-Horse", "Tq7-vortex", "Zürich-Lake-9", "ÄÖÜäöü12", "Aa1xxxxxxxxx"})
    void theMeterRatesWhatTheServerAccepts(String password) {
        assertTrue(strict.strength(password).level() >= 1, strict.strength(password)::toString);
    }

    @Test
    void theMeterTellsEasyFromStrong() {
        assertTrue(strict.strength("Aa1xxxxxxxxx").level() < strict.strength("q8#Vt!mZ2@rLw9&e").level());
        assertEquals(4, strict.strength("q8#Vt!mZ2@rLw9&e").level());
        assertEquals(4, strict.strength("Aa1" + "q8#Vt!mZ2@rLw9&e".repeat(60)).level(), "a long password is rated by its start");
    }

    private static List<Boolean> met(List<PasswordPolicy.Check> checks) {
        return checks.stream().map(PasswordPolicy.Check::met).toList();
    }
}
