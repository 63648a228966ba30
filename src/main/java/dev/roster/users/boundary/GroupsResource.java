package dev.roster.users.boundary;

import dev.roster.kernel.Roles;
import dev.roster.users.control.GroupFields;
import dev.roster.users.control.GroupQuery;
import dev.roster.web.Versioned;
import dev.roster.wire.ListResponses;
import dev.roster.wire.Patch;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Objects;

/**
 * {@code /groups}: administrators manage groups. The collection answers a plain JSON array by
 * name, paged as the user list is ({@code X-Total-Count}, {@code Link: rel="next"}); each group
 * carries its row version as {@code ETag}, and a {@code PATCH} with an outdated
 * {@code If-Match} is refused with 412. Members: {@link GroupMembersResource}.
 */
@Path("groups")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    GroupService groups;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response list(@QueryParam("search") String search, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        GroupQuery query = GroupQuery.parse(search, offset, limit);
        GroupList list = groups.list(query);
        return ListResponses.page(list.groups(), list.total(), query.offset(), query.limit(), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewGroup body) {
        Versioned<GroupRepresentation> created = groups.create(body.name(), body.description());
        return Response.created(uri.getAbsolutePathBuilder().path(created.value().groupId()).build())
                .tag(created.etag())
                .entity(created.value())
                .build();
    }

    public record NewGroup(String name, String description) {
    }

    @GET
    @Path("{group_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response get(@PathParam("group_id") String groupId) {
        return withVersion(groups.get(groupId));
    }

    /** Only the fields present change; a {@code description} of null clears it. */
    public record Edit(String name, Patch<String> description) {

        GroupFields change() {
            return new GroupFields(name, description == null ? null : Objects.requireNonNullElse(description.value(), ""));
        }
    }

    @PATCH
    @Path("{group_id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("group_id") String groupId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Edit body) {
        return withVersion(groups.update(groupId, body.change(), Versioned.expectedVersion(ifMatch)));
    }

    /** The group goes; its members stay, without it. */
    @DELETE
    @Path("{group_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("group_id") String groupId) {
        groups.delete(groupId);
        return Response.noContent().build();
    }

    private static Response withVersion(Versioned<GroupRepresentation> group) {
        return Response.ok(group.value()).tag(group.etag()).build();
    }
}
