package dev.roster.apikeys.boundary;

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

/** {@code /auth/users/{user_id}/api-keys}: administrators see and revoke anyone's keys. */
@Path("auth/users/{user_id}/api-keys")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class UserApiKeysResource {

    @Inject
    ApiKeyService apiKeys;

    @PathParam("user_id")
    String userId;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public JsonArray list() {
        return ApiKeysResource.toJson(apiKeys.of(userId));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public JsonObject revokeAll() {
        return Json.createObjectBuilder().add("success", true).add("revoked", apiKeys.revokeAll(userId)).build();
    }

    @DELETE
    @Path("{key_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("key_id") String keyId) {
        apiKeys.revoke(userId, keyId);
        return Response.noContent().build();
    }
}
