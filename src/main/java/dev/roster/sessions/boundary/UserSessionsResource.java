package dev.roster.sessions.boundary;

import dev.roster.platform.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import dev.roster.platform.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
    public JsonArray list() {
        return SessionsResource.toJson(sessions.of(userId));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public JsonObject endAll() {
        return Json.createObjectBuilder().add("success", true).add("revoked", sessions.endAll(userId)).build();
    }

    @DELETE
    @Path("{session_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response end(@PathParam("session_id") String sessionId) {
        sessions.end(userId, sessionId);
        return Response.noContent().build();
    }
}
