package dev.roster.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void onlyLocalPathsAreWaysBack() {
        assertTrue(PageLinks.isLocal("/admin/users?search=ada"));
        assertFalse(PageLinks.isLocal("//evil.example.com/"));
        assertFalse(PageLinks.isLocal("/\\evil.example.com"));
        assertFalse(PageLinks.isLocal("https://evil.example.com/"));
        assertFalse(PageLinks.isLocal("/profile\r\nSet-Cookie: x=y"));
    }

    @Test
    void facesResourcesAreStaticAndPagesAreNot() {
        assertTrue(PageLinks.isStaticResource("/jakarta.faces.resource/css/roster.css.xhtml"));
        assertFalse(PageLinks.isStaticResource("/profile"));
        assertFalse(PageLinks.isStaticResource("/api/v1/auth/me"));
        assertFalse(PageLinks.isStaticResource("/admin/jakarta.faces.resource/x"));
    }
}
