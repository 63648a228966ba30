package dev.roster.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FacesProblemsTest {

    @Test
    void brokenFieldRulesAreSaidInPlainWords() {
        assertEquals("Enter an email address", FacesProblems.plainWords(new FieldError("email", "is required")));
        assertEquals("Enter a name", FacesProblems.plainWords(new FieldError("name", "must not be empty")));
        assertEquals("Enter a valid email address", FacesProblems.plainWords(new FieldError("email", "must be a valid email address")));
        assertEquals("The display name must be at most 100 characters",
                FacesProblems.plainWords(new FieldError("display_name", "must be at most 100 characters")));
        assertEquals("The password is too common; choose one that is harder to guess",
                FacesProblems.plainWords(new FieldError("password", "is too common; choose one that is harder to guess")));
        assertEquals("“To” must be later than “From”", FacesProblems.plainWords(new FieldError("to", "must be later than from")));
    }
}
