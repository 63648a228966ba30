package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * An integration test of the pages in headless Chromium: a browser of its own per test, closed
 * after it, and a test fails when the Content-Security-Policy blocked anything on its pages.
 */
public abstract class PageTest extends IntegrationTest {

    protected Browser browser;

    /** Starts the browser on the deployment's pages (once the database holds what the test needs). */
    protected Browser openBrowser() {
        browser = new Browser(RosterDeployment.pages(deployment));
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        if (browser == null) {
            return;
        }
        try {
            assertEquals(List.of(), browser.policyViolations(), "blocked by the Content-Security-Policy");
        } finally {
            browser.close();
        }
    }
}
