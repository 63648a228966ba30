package dev.roster.setup.boundary;

import dev.roster.platform.RequestBody;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import dev.roster.platform.Json;
import jakarta.json.JsonObject;
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
    public JsonObject status() {
        return setup.status().toJson();
    }

    @POST
    @Path("setup")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setUp(String text) {
        RequestBody body = RequestBody.parse(text);
        var user = setup.setUp(body.string("email").orElse(null), body.string("display_name").orElse(null),
                body.string("password").orElse(null));
        JsonObject json = Json.createObjectBuilder().add("success", true).add("user", user.toJson()).build();
        return Response.status(Response.Status.CREATED).entity(json).build();
    }
}
