package dev.roster.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LimitedAccessTest {

    private static final List<String> PASSWORD = List.of("change_password");
    private static final List<String> MFA = List.of("enrol_mfa");

    @Test
    void eachActionOpensItsOwnEndpointsOnly() {
        assertTrue(LimitedAccess.allows(PASSWORD, "PATCH", "/api/v1/auth/me"));
        assertFalse(LimitedAccess.allows(PASSWORD, "POST", "/api/v1/auth/mfa/totp"));
        assertTrue(LimitedAccess.allows(MFA, "POST", "/api/v1/auth/mfa/totp"));
        assertTrue(LimitedAccess.allows(MFA, "POST", "/api/v1/auth/mfa/totp/confirm"));
        assertFalse(LimitedAccess.allows(MFA, "PATCH", "/api/v1/auth/me"));
        assertFalse(LimitedAccess.allows(MFA, "DELETE", "/api/v1/auth/mfa/totp"));
        assertTrue(LimitedAccess.allows(List.of("change_password", "enrol_mfa"), "POST", "/api/v1/auth/mfa/totp"));
    }

    @Test
    void theCallersAccountLogoutAndAnonymousCallsStayOpen() {
        for (String call : List.of("GET /api/v1/auth/me", "POST /api/v1/auth/logout", "GET /api/v1/auth/status", "POST /api/v1/auth/login")) {
            String[] parts = call.split(" ");
            assertTrue(LimitedAccess.allows(PASSWORD, parts[0], parts[1]), call);
        }
        assertFalse(LimitedAccess.allows(PASSWORD, "PATCH", "/api/v1/auth/users/x"));
        assertFalse(LimitedAccess.allows(PASSWORD, "DELETE", "/api/v1/auth/me"));
        assertFalse(LimitedAccess.allows(PASSWORD, "GET", "/api/v1/auth/me/"));
    }

    @Test
    void pagesLeadToAccountSetup() {
        assertTrue(LimitedAccess.allows(PASSWORD, "GET", "/account-setup"));
        assertTrue(LimitedAccess.allows(PASSWORD, "POST", "/account-setup.xhtml"));
        assertTrue(LimitedAccess.allows(PASSWORD, "POST", "/logout"));
        assertFalse(LimitedAccess.allows(PASSWORD, "GET", "/profile"));
        assertFalse(LimitedAccess.allows(PASSWORD, "GET", "/admin/users"));
        assertFalse(LimitedAccess.allows(PASSWORD, "GET", "/account-setup/x"));
    }

    @Test
    void theRefusalNamesTheFirstAction() {
        assertEquals("Password change required", LimitedAccess.refusal(List.of("change_password", "enrol_mfa")));
        assertEquals("Two-factor enrolment required", LimitedAccess.refusal(MFA));
    }
}
