package dev.roster.apikeys.boundary;

import dev.roster.platform.RequestBody;
import dev.roster.platform.Roles;
import dev.roster.problems.InvalidInputException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import dev.roster.platform.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import java.time.OffsetDateTime;
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
    public Response create(String text) {
        RequestBody body = RequestBody.parse(text);
        ApiKeyRepresentation created = apiKeys.create(body.string("name").orElse(null), instant(body.string("expires_at").orElse(null)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.keyId()).build()).entity(created.toJson()).build();
    }

    @GET
    @RolesAllowed(Roles.USER)
    public JsonArray list() {
        return toJson(apiKeys.mine());
    }

    @DELETE
    @Path("{key_id}")
    @RolesAllowed(Roles.USER)
    public Response revoke(@PathParam("key_id") String keyId) {
        apiKeys.revokeMine(keyId);
        return Response.noContent().build();
    }

    static JsonArray toJson(List<ApiKeyRepresentation> keys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        keys.forEach(k -> array.add(k.toJson()));
        return array.build();
    }

    /** An ISO-8601 time with an offset ({@code 2027-01-31T00:00:00Z}), or null when absent. */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expires_at", "must be an ISO-8601 time with an offset, e.g. 2027-01-31T00:00:00Z");
        }
    }
}
