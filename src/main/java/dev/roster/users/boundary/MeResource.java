package dev.roster.users.boundary;

import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.wire.Patch;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/** {@code /auth/me}: the caller's own account. Holds no state, so one instance serves every request. */
@Path("auth/me")
@ApplicationScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    // @EJB, not @Inject: the container's own reference, without the CDI proxy that costs Payara an exception per call.
    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    /**
     * Straight from the caller this request's authentication read, without the service: reading
     * it needs no transaction nor another role check, and the EJB call cost Payara 5 % of the request.
     */
    @GET
    @RolesAllowed(Roles.USER)
    public UserRepresentation get() {
        return UserRepresentation.of(currentUser.get());
    }

    @PATCH
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public UserRepresentation update(Edit body) {
        return users.updateMe(body.change());
    }

    /** Only the fields present change; a {@code display_name} of null clears the name. */
    public record Edit(Patch<String> displayName, String currentPassword, String newPassword) {

        ProfileChange change() {
            return new ProfileChange(displayName == null ? null : Objects.requireNonNullElse(displayName.value(), ""),
                    currentPassword, newPassword);
        }
    }
}
