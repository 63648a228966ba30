package dev.roster.consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Answers who the verified token says the caller is, and whether the container sees them as admin. */
@Path("whoami")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed("user")
    public JsonObject whoami() {
        return Json.createObjectBuilder()
                .add("name", jwt.getName())
                .add("subject", jwt.getSubject())
                .add("groups", Json.createArrayBuilder(jwt.getGroups()))
                .add("admin", security.isUserInRole("admin"))
                .build();
    }
}
