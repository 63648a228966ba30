package dev.roster.sessions.control;

import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerRolesTest {

    private static final Principal PRINCIPAL = () -> "someone";

    /** What the container would answer: a caller with no roles at all, so that only Roster's answer can say yes. */
    private static final SecurityContext CONTAINER = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return PRINCIPAL;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    };

    @Test
    void aUserHasTheUserRoleOnly() {
        SecurityContext security = filtered(caller(false));
        assertTrue(security.isUserInRole("user"));
        assertFalse(security.isUserInRole("admin"));
        assertFalse(security.isUserInRole("administrator"));
        assertFalse(security.isUserInRole("eng"), "a group is no role of Roster's own");
    }

    @Test
    void anAdministratorHasBothRoles() {
        SecurityContext security = filtered(caller(true));
        assertTrue(security.isUserInRole("user"));
        assertTrue(security.isUserInRole("admin"));
    }

    @Test
    void theRestIsTheContainersAnswer() {
        SecurityContext security = filtered(caller(false));
        assertSame(PRINCIPAL, security.getUserPrincipal());
        assertTrue(security.isSecure());
        assertSame("Bearer", security.getAuthenticationScheme());
    }

    @Test
    void anAnonymousRequestKeepsTheContainersContext() {
        assertSame(CONTAINER, filtered(null));
    }

    private static Caller caller(boolean admin) {
        return new Caller("u1", "someone@example.com", null, admin, List.of("eng"), "light", "s1", null, null, "token",
                Instant.EPOCH, Instant.EPOCH, null, false, List.of());
    }

    /** The security context a request has after the filter, for a request whose authentication found {@code caller}. */
    private static SecurityContext filtered(Caller caller) {
        Map<String, Object> properties = new HashMap<>();
        if (caller != null) {
            properties.put(CurrentUser.ATTRIBUTE, caller);
        }
        SecurityContext[] security = {CONTAINER};
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(CallerRolesTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getSecurityContext" -> security[0];
                    case "setSecurityContext" -> {
                        security[0] = (SecurityContext) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        new CallerRoles().filter(request);
        return security[0];
    }
}
