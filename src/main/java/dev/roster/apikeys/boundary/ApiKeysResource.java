package dev.roster.apikeys.boundary;

import dev.roster.kernel.Roles;
import dev.roster.problems.InvalidInputException;
import dev.roster.wire.Timestamps;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /auth/api-keys}: the caller's personal API keys. */
@Path("auth/api-keys")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    ApiKeyService apiKeys;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewKey body) {
        ApiKeyRepresentation created = apiKeys.create(body.name(), instant(body.expiresAt()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.keyId()).build()).entity(created).build();
    }

    public record NewKey(String name, String expiresAt) {
    }

    @GET
    @RolesAllowed(Roles.USER)
    public List<ApiKeyRepresentation> list() {
        return apiKeys.mine();
    }

    @DELETE
    @Path("{key_id}")
    @RolesAllowed(Roles.USER)
    public Response revoke(@PathParam("key_id") String keyId) {
        apiKeys.revokeMine(keyId);
        return Response.noContent().build();
    }

    /** An ISO-8601 time with an offset ({@code 2027-01-31T00:00:00Z}), or null when absent. */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expires_at", "must be an ISO-8601 time with an offset, e.g. 2027-01-31T00:00:00Z, with a four-digit year");
        }
    }
}
