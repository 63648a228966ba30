package dev.roster.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserSearchTest {

    @Test
    void noTermNoCondition() {
        assertNull(UserSearch.of(null));
    }

    @Test
    void emailsAreMatchedByPrefix() {
        UserSearch search = UserSearch.of("Ada@Exa");
        assertEquals("u.email like ? escape '!'", search.condition());
        assertEquals(List.of("ada@exa%"), search.parameters());
    }

    @Test
    void wordsOfThreeOrMoreGoToTheFullTextIndexAsRequiredPrefixes() {
        UserSearch search = UserSearch.of("Grace  HOPPER, jr");
        assertTrue(search.condition().startsWith("match(u.search_text)"));
        assertEquals(List.of("+grace* +hopper*"), search.parameters());
    }

    @Test
    void booleanModeOperatorsCannotBeSmuggledIn() {
        assertEquals(List.of("+abc* +def*"), UserSearch.of("-abc +def*").parameters());
        assertEquals(List.of("+drop* +table* +users*"), UserSearch.of("\"); DROP TABLE users; --").parameters());
    }

    @Test
    void shortOrSymbolTermsMatchPrefixesWithWildcardsEscaped() {
        UserSearch search = UserSearch.of("l_%!");
        assertEquals(List.of("l!_!%!!%", "l!_!%!!%"), search.parameters());
        assertTrue(search.condition().contains("u.display_name like ?"));
    }
}
