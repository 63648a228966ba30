package dev.roster.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserAgentsTest {

    private final UserAgents agents = new UserAgents();

    @Test
    void browsersAreNamedWithTheirVersionAndSystem() {
        assertEquals("Chrome 156 on Linux", agents.describe(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"));
        assertEquals("Firefox 133 on Windows 10", agents.describe(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals("Mobile Safari 18 on iOS 18", agents.describe(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void toolsWithoutASystemAreNamedAlone() {
        assertEquals("curl 8", agents.describe("curl/8.5.0"));
    }

    @Test
    void whatThePatternsDoNotKnowIsShownAsItCameAndNoneAsUnknown() {
        assertEquals("roster-sync/2", agents.describe("roster-sync/2"));
        assertEquals("Unknown", agents.describe(null));
        assertEquals("Unknown", agents.describe(" "));
    }
}
