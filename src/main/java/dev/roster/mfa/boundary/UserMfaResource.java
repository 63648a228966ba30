package dev.roster.mfa.boundary;

import dev.roster.kernel.Roles;
import dev.roster.wire.Outcomes;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code DELETE /auth/users/{user_id}/mfa}: an administrator resets a user's two-factor sign-in, which ends their sessions. */
@Path("auth/users/{user_id}/mfa")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class UserMfaResource {

    @EJB
    MfaService mfa;

    @PathParam("user_id")
    String userId;

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public Outcomes.Success reset() {
        mfa.reset(userId);
        return Outcomes.Success.OK;
    }
}
