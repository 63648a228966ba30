package dev.roster.sessions.control;

import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Answers the API's role checks (Jersey's {@code @RolesAllowed} filter) from the caller
 * {@link RosterAuthModule} found, whose groups are their roles one to one (glassfish-web.xml maps
 * them so for the container too). Everything else about the request's security stays the
 * container's. The servlet request would ask Payara's JACC policy for every role checked: 1.7 %
 * of the CPU of {@code GET /auth/me} (async-profiler under {@code wrk -c8}, 2026-11-29).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerRoles implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = CurrentUser.of(request);
        if (caller != null) {
            request.setSecurityContext(new CallerContext(caller, request.getSecurityContext()));
        }
    }

    private record CallerContext(Caller caller, SecurityContext container) implements SecurityContext {

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().contains(role);
        }

        @Override
        public Principal getUserPrincipal() {
            return container.getUserPrincipal();
        }

        @Override
        public boolean isSecure() {
            return container.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return container.getAuthenticationScheme();
        }
    }
}
