package dev.roster.users.boundary;

import dev.roster.platform.RequestBody;
import dev.roster.platform.Roles;
import dev.roster.sessions.control.CurrentUser;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
    public JsonObject get() {
        return UserRepresentation.of(currentUser.get()).toJson();
    }

    @PATCH
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(String text) {
        RequestBody body = RequestBody.parse(text);
        // Present but null clears the name; absent leaves it.
        String displayName = body.has("display_name") ? body.string("display_name").orElse("") : null;
        ProfileChange change = new ProfileChange(displayName, body.string("current_password").orElse(null),
                body.string("new_password").orElse(null));
        return users.updateMe(change).toJson();
    }
}
