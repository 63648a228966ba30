package dev.roster.consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Open to the members of Roster's group {@code eng} only, as another team would guard a resource with a group from the token. */
@Path("engineering")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class EngineeringResource {

    @GET
    @RolesAllowed("eng")
    public String welcome() {
        return "welcome to engineering";
    }
}
