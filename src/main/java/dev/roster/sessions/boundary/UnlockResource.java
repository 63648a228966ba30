package dev.roster.sessions.boundary;

import dev.roster.kernel.Roles;
import dev.roster.users.boundary.ManagedUser;
import dev.roster.web.Versioned;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /auth/users/{user_id}/unlock}: lifts a lockout after failed logins; answers the user (no longer locked) with its version. */
@Path("auth/users/{user_id}/unlock")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class UnlockResource {

    @Inject
    LockoutService lockout;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response unlock(@PathParam("user_id") String userId) {
        Versioned<ManagedUser> user = lockout.unlock(userId);
        return Response.ok(user.value()).tag(user.etag()).build();
    }
}
