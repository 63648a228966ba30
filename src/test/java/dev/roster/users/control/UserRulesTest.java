package dev.roster.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.problems.FieldErrors;
import dev.roster.problems.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTest {

    @Test
    void emailIsTrimmedAndLowerCased() {
        FieldErrors errors = new FieldErrors();
        assertEquals("ada@example.com", UserRules.email("  Ada@Example.COM\t", "email", errors));
        assertTrue(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain", "@example.com", "ada@", "ada@localhost", "a b@example.com", "ada@@example.com", "ada@exa mple.com", "ada@example..com",
            "moc.elpmaxe\u202E@evil.com", "ada\u2066@example.com", "ada\uD800@example.com", "ada\u0000@example.com"})
    void invalidEmailsAreNamed(String email) {
        FieldErrors errors = new FieldErrors();
        assertNull(UserRules.email(email, "email", errors));
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals("email", e.errors().get(0).field());
    }

    @Test
    void emailIsAtMost254Characters() {
        String local = "a".repeat(64);
        String atLimit = local + "@" + "b".repeat(254 - 64 - 1 - 4) + ".com";
        assertEquals(254, atLimit.length());
        FieldErrors errors = new FieldErrors();
        assertEquals(atLimit, UserRules.email(atLimit, "email", errors));
        assertNull(UserRules.email("c" + atLimit, "email", errors));
        assertEquals("email: must be at most 254 characters", assertThrows(InvalidInputException.class, errors::throwIfAny).getMessage());
    }

    @Test
    void displayNameIsTrimmedAndBlankMeansNone() {
        FieldErrors errors = new FieldErrors();
        assertEquals("Ada Lovelace", UserRules.displayName("  Ada Lovelace ", "display_name", errors));
        assertNull(UserRules.displayName("   ", "display_name", errors));
        assertNull(UserRules.displayName(null, "display_name", errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void displayNameCountsCharactersAndAllowsEmojiSequences() {
        FieldErrors errors = new FieldErrors();
        String hundredEmoji = "😀".repeat(100);
        assertEquals(hundredEmoji, UserRules.displayName(hundredEmoji, "display_name", errors));
        assertEquals("🧑‍💻 dev", UserRules.displayName("🧑‍💻 dev", "display_name", errors));
        assertTrue(errors.isEmpty());
        UserRules.displayName("x".repeat(101), "display_name", errors);
        assertThrows(InvalidInputException.class, errors::throwIfAny);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "tab\there", "new\nline", "bell\u0007", "rtl\u202Eoverride", "iso\u2066late", "del\u007F"})
    void displayNameRefusesControlAndDirectionCharacters(String name) {
        FieldErrors errors = new FieldErrors();
        UserRules.displayName(name, "display_name", errors);
        assertEquals("display_name", assertThrows(InvalidInputException.class, errors::throwIfAny).errors().get(0).field());
    }
}
