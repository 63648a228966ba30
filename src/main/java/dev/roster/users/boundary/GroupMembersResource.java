package dev.roster.users.boundary;

import dev.roster.kernel.Roles;
import dev.roster.users.control.Groups;
import dev.roster.users.control.UserQuery;
import dev.roster.wire.ListResponses;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;

/**
 * {@code /groups/{group_id}/members}: who is in a group, paged, searched and sorted as the user
 * list is (its {@code group} parameter is this group); adding users (idempotent: members already in stay as they are) and removing one.
 */
@Path("groups/{group_id}/members")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class GroupMembersResource {

    @Inject
    GroupService groups;

    @Context
    UriInfo uri;

    @PathParam("group_id")
    String groupId;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response list(@BeanParam UserListParameters parameters) {
        UserQuery query = parameters.query();
        UserList list = groups.members(groupId, query);
        return ListResponses.page(list.users(), list.total(), query.offset(), query.limit(), uri);
    }

    public record NewMembers(List<String> userIds) {
    }

    /** How many of the users named were added, and how many were members already. */
    public record Added(boolean success, long added, long unchanged) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Added add(NewMembers body) {
        Groups.Added added = groups.addMembers(groupId, body.userIds());
        return new Added(true, added.added(), added.unchanged());
    }

    @DELETE
    @Path("{user_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("user_id") String userId) {
        groups.removeMember(groupId, userId);
        return Response.noContent().build();
    }
}
