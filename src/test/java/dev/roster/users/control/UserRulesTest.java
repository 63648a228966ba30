package dev.roster.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.problems.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The user rules as every way in applies them: normalised by the records, judged by their constraints. */
class UserRulesTest {

    private static final String PASSWORD = "Correct horse battery staple";

    /** The broken rules of a new account, as "field: message" lines. */
    private static List<String> problems(Object bean) {
        FieldErrors errors = new FieldErrors();
        Constraints.check(bean, errors);
        if (errors.isEmpty()) {
            return List.of();
        }
        try {
            errors.throwIfAny();
            throw new AssertionError();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.toList());
        }
    }

    private static NewAccount account(String email, String displayName) {
        return new NewAccount(email, displayName, PASSWORD, false);
    }

    @Test
    void emailIsTrimmedAndLowerCased() {
        NewAccount account = account("  Ada@Example.COM\t", null);
        assertEquals("ada@example.com", account.email());
        assertEquals(List.of(), problems(account));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0dup@example.com", "dup@example.com\u200b", "\ufeffdup@example.com", "\u2003DUP@example.com\u202f",
            "ｄｕｐ@ｅｘａｍｐｌｅ.ｃｏｍ"})
    void lookAlikeEmailsBecomeTheOneTheyLookLike(String email) {
        NewAccount account = account(email, null);
        assertEquals("dup@example.com", account.email());
        assertEquals(List.of(), problems(account));
    }

    @Test
    void emailsAreComparedInOneNormalForm() {
        assertEquals(account("zoe\u0308@example.com", null).email(), account("zo\u00eb@example.com", null).email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.com", "ada@", "ada@localhost", "a b@example.com", "ada@@example.com", "ada@exa mple.com",
            "ada@example..com", "moc.elpmaxe\u202E@evil.com", "ada\u2066@example.com", "ada\uD800@example.com", "ada\u0000@example.com",
            "<img/src=x/onerror=alert(7)>x@example.com", "<script>x@example.com", "x@-bad-.com", "x@bad-.com", "x..y@example.com",
            ".x@example.com", "x.@example.com", "x@[127.0.0.1]", "x@127.0.0.1", "x@example.com.", "\"quoted\"@example.com",
            "a\u200bdmin@example.com", "admin@exa\u200bmple.com", "ad\u00a0min@example.com", "x@ex_ample.com", "x@exam\u200dple.com"})
    void invalidEmailsAreNamed(String email) {
        assertEquals(List.of("email: must be a valid email address"), problems(account(email, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"o'brien+tag@example.com", "first.last@sub.example.co.uk", "x@a-b.example", "用户@例子.广告", "zoë@bücher.de",
            "user@xn--bcher-kva.de", "a!#$%&*/=?^_`{|}~-@example.com", "1@2.example"})
    void mailboxesPeopleUseAreAccepted(String email) {
        assertEquals(List.of(), problems(account(email, null)));
    }

    @Test
    void emailIsRequired() {
        assertEquals(List.of("email: is required"), problems(account(" \u200b ", null)));
        assertEquals(List.of("email: is required"), problems(account(null, null)));
    }

    @Test
    void localPartIsAtMost64OctetsAndTheWholeAt254Characters() {
        String local = "a".repeat(64);
        assertEquals(List.of(), problems(account(local + "@example.com", null)));
        assertEquals(List.of("email: must be a valid email address"), problems(account("a" + local + "@example.com", null)));
        assertEquals(List.of("email: must be a valid email address"), problems(account("é".repeat(33) + "@example.com", null)));

        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        String atLimit = local + "@" + domain;
        assertEquals(254, atLimit.length());
        assertEquals(List.of(), problems(account(atLimit, null)));
        assertEquals(List.of("email: must be at most 254 characters"), problems(account(local + "@f" + domain, null)));
        assertEquals(List.of("email: must be a valid email address"), problems(account("x@" + "b".repeat(64) + ".com", null)));
    }

    @Test
    void displayNameIsTrimmedAndBlankMeansNone() {
        assertEquals("Ada Lovelace", account("ada@example.com", "\u00a0 Ada Lovelace \u200b").displayName());
        assertNull(account("ada@example.com", "   ").displayName());
        assertNull(account("ada@example.com", null).displayName());
        assertEquals("", new UserChange(" \u3000", null, null, null, null).displayName(), "an administrator's blank name clears it");
    }

    @Test
    void displayNameCountsCharactersAndAllowsEmojiSequences() {
        assertEquals(List.of(), problems(account("ada@example.com", "😀".repeat(100))));
        assertEquals(List.of(), problems(account("ada@example.com", "🧑‍💻 dev 👩🏽‍🔬 ❤️‍🔥")));
        assertEquals(List.of(), problems(account("ada@example.com", "Zoë Ñáñez 李雷 ｆｕｌｌ")));
        assertEquals(List.of("display_name: must be at most 100 characters"), problems(account("ada@example.com", "x".repeat(101))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "tab\there", "new\nline", "bell\u0007", "rtl\u202Eoverride", "iso\u2066late", "del\u007F",
            "a\u200bdmin", "a\u200ddmin", "a\u2060dmin", "soft\u00adhyphen", "private\ue000use"})
    void displayNameRefusesControlInvisibleAndDirectionCharacters(String name) {
        assertEquals(List.of("display_name: must not contain control, invisible or text-direction characters"),
                problems(account("ada@example.com", name)));
    }

    @Test
    void everyBrokenFieldIsNamedOnceWithItsMostBasicProblem() {
        assertEquals(List.of("display_name: must be at most 100 characters", "email: is required"),
                problems(account("", "x\u202e".repeat(51))));
    }

    @Test
    void anAdministratorsChangeIsJudgedByTheSameRules() {
        assertEquals(List.of("display_name: must not contain control, invisible or text-direction characters", "email: must be a valid email address"),
                problems(new UserChange("a\u200bdmin", "x..y@example.com", null, null, null)));
        assertEquals(List.of(), problems(new UserChange(null, null, null, true, null)));
    }
}
