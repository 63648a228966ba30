package dev.roster.sessions.boundary;

import dev.roster.kernel.Roles;
import dev.roster.wire.Outcomes;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /auth/users/{user_id}/sessions}: administrators see and end anyone's sessions. */
@Path("auth/users/{user_id}/sessions")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class UserSessionsResource {

    @Inject
    SessionService sessions;

    @PathParam("user_id")
    String userId;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<SessionRepresentation> list() {
        return sessions.of(userId);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public Outcomes.Revoked endAll() {
        return new Outcomes.Revoked(sessions.endAll(userId));
    }

    @DELETE
    @Path("{session_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response end(@PathParam("session_id") String sessionId) {
        sessions.end(userId, sessionId);
        return Response.noContent().build();
    }
}
