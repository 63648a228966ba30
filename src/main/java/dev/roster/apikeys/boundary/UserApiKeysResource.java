package dev.roster.apikeys.boundary;

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
    public List<ApiKeyRepresentation> list() {
        return apiKeys.of(userId);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public Outcomes.Revoked revokeAll() {
        return new Outcomes.Revoked(apiKeys.revokeAll(userId));
    }

    @DELETE
    @Path("{key_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("key_id") String keyId) {
        apiKeys.revoke(userId, keyId);
        return Response.noContent().build();
    }
}
