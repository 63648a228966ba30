package dev.roster.sessions.boundary;

import dev.roster.kernel.Roles;
import dev.roster.wire.Outcomes;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /auth/sessions}: the caller's own sessions; end one, or all but the current one. */
@Path("auth/sessions")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    SessionService sessions;

    @GET
    @RolesAllowed(Roles.USER)
    public List<SessionRepresentation> list() {
        return sessions.mine();
    }

    @DELETE
    @Path("{session_id}")
    @RolesAllowed(Roles.USER)
    public Response end(@PathParam("session_id") String sessionId) {
        sessions.endMine(sessionId);
        return Response.noContent().build();
    }

    @POST
    @Path("revoke-others")
    @RolesAllowed(Roles.USER)
    public Outcomes.Revoked endOthers() {
        return new Outcomes.Revoked(sessions.endMyOthers());
    }
}
