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
    void everyWordGoesToTheFullTextIndexAsARequiredPrefix() {
        UserSearch search = UserSearch.of("Grace  HOPPER, jr");
        assertTrue(search.condition().startsWith("match(u.search_text)"));
        assertEquals(List.of("+__grace* +__hopper* +__jr*"), search.parameters());
    }

    @Test
    void charactersOfScriptsWithoutSpacesAreWordsAndTheirOrderIsChecked() {
        UserSearch search = UserSearch.of("李雷");
        assertEquals(List.of("+__李* +__雷*", "%李雷%"), search.parameters());
        assertTrue(search.condition().endsWith(" and u.search_text like ? escape '!'"));
        assertEquals(List.of("+__李*"), UserSearch.of("李").parameters(), "one character needs no order");
        assertEquals(List.of("+__zoë* +__李* +__雷*", "%李雷%"), UserSearch.of("Zoë 李雷").parameters());
        assertEquals(List.of("+__東* +__京* +__tower*", "%東京tower%"), UserSearch.of("東京tower").parameters());
    }

    @Test
    void booleanModeOperatorsCannotBeSmuggledIn() {
        assertEquals(List.of("+__abc* +__def*"), UserSearch.of("-abc +def*").parameters());
        assertEquals(List.of("+__drop* +__table* +__users*"), UserSearch.of("\"); DROP TABLE users; --").parameters());
    }

    @Test
    void termsWithoutLettersMatchPrefixesWithWildcardsEscaped() {
        UserSearch search = UserSearch.of("%!");
        assertEquals(List.of("!%!!%", "!%!!%"), search.parameters());
        assertTrue(search.condition().contains("u.display_name like ?"));
    }
}
