package dev.roster.setup.boundary;

import dev.roster.users.boundary.UserRepresentation;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /auth/status} and {@code /auth/setup}: what an anonymous client needs before the first login. */
@Path("auth")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

    @Inject
    SetupService setup;

    @GET
    @Path("status")
    @PermitAll
    public SetupStatus status() {
        return setup.status();
    }

    @POST
    @Path("setup")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setUp(FirstAdministrator body) {
        UserRepresentation user = setup.setUp(body.email(), body.displayName(), body.password());
        return Response.status(Response.Status.CREATED).entity(new SetUp(true, user)).build();
    }

    public record FirstAdministrator(String email, String displayName, String password) {
    }

    public record SetUp(boolean success, UserRepresentation user) {
    }
}
