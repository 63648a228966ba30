package dev.roster.users.boundary;

import dev.roster.platform.Json;
import dev.roster.platform.ListResponses;
import dev.roster.platform.RequestBody;
import dev.roster.platform.Roles;
import dev.roster.platform.Versioned;
import dev.roster.users.control.UserChange;
import dev.roster.users.control.UserQuery;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /auth/users}: administrators manage every account. The collection answers a plain
 * JSON array, newest first, with {@code X-Total-Count} and a {@code Link: rel="next"} while
 * more rows follow; each user carries its row version as {@code ETag}, and a {@code PATCH}
 * with an outdated {@code If-Match} is refused with 412.
 */
@Path("auth/users")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserService users;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response list(@QueryParam("search") String search, @QueryParam("is_admin") String isAdmin,
                         @QueryParam("is_active") String isActive, @QueryParam("sort") String sort,
                         @QueryParam("order") String order, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        UserQuery query = UserQuery.parse(search, isAdmin, isActive, sort, order, offset, limit);
        UserList list = users.list(query);
        JsonArrayBuilder array = Json.createArrayBuilder();
        list.users().forEach(user -> array.add(user.toJson()));
        return ListResponses.page(array.build(), list.total(), query.offset(), query.limit(), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String text) {
        RequestBody body = RequestBody.parse(text);
        // The server chooses ids, timestamps and the status; a client's values for them are ignored.
        Versioned<UserRepresentation> created = users.create(body.string("email").orElse(null),
                body.string("display_name").orElse(null), body.string("password").orElse(null), body.bool("is_admin", false));
        return Response.created(uri.getAbsolutePathBuilder().path(created.value().userId()).build())
                .tag(created.etag())
                .entity(created.value().toJson())
                .build();
    }

    @GET
    @Path("{user_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response get(@PathParam("user_id") String userId) {
        return withVersion(users.get(userId));
    }

    @PATCH
    @Path("{user_id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("user_id") String userId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String text) {
        RequestBody body = RequestBody.parse(text);
        String displayName = body.has("display_name") ? body.string("display_name").orElse("") : null;
        UserChange change = new UserChange(displayName, body.string("email").orElse(null), body.string("password").orElse(null),
                body.has("is_admin") ? body.bool("is_admin", false) : null,
                body.has("is_active") ? body.bool("is_active", true) : null);
        return withVersion(users.update(userId, change, Versioned.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("{user_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("user_id") String userId) {
        users.delete(userId);
        return Response.noContent().build();
    }

    /** Lifts a lockout after failed logins; answers the user (no longer locked). */
    @POST
    @Path("{user_id}/unlock")
    @RolesAllowed(Roles.ADMIN)
    public Response unlock(@PathParam("user_id") String userId) {
        return withVersion(users.unlock(userId));
    }

    private static Response withVersion(Versioned<UserRepresentation> user) {
        return Response.ok(user.value().toJson()).tag(user.etag()).build();
    }
}
