package dev.roster.users.boundary;

import dev.roster.kernel.Roles;
import dev.roster.problems.FieldErrors;
import dev.roster.users.control.BulkResult;
import dev.roster.users.control.ImportFile;
import dev.roster.users.control.UserChange;
import dev.roster.users.control.UserQuery;
import dev.roster.web.QueryParameters;
import dev.roster.web.Versioned;
import dev.roster.wire.ListResponses;
import dev.roster.wire.Patch;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

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

    @Inject
    UserImportService imports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response list(@BeanParam UserListParameters parameters) {
        UserQuery query = parameters.query();
        UserList list = users.list(query);
        return ListResponses.page(list.users(), list.total(), query.offset(), query.limit(), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body) {
        Versioned<ManagedUser> created = users.create(body.email(), body.displayName(), body.password(), Boolean.TRUE.equals(body.isAdmin()),
                body.groups() == null ? List.of() : body.groups(), Boolean.TRUE.equals(body.requirePasswordChange()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.value().userId()).build())
                .tag(created.etag())
                .entity(created.value())
                .build();
    }

    /**
     * The server chooses ids, timestamps and the status; a client's values for them are ignored.
     * {@code require_password_change}: the user chooses their own password at their first login.
     */
    public record NewUser(String email, String displayName, String password, Boolean isAdmin, List<String> groups, Boolean requirePasswordChange) {
    }

    /**
     * The users the list's filters match, as CSV ({@link UserCsv}), newest first unless sorted
     * otherwise: streamed a page at a time (each page a read of its own), never held whole.
     */
    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Produces("text/csv")
    public Response export(@BeanParam UserListParameters parameters) {
        UserQuery first = parameters.query().window(0, EXPORT_PAGE);
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            UserCsv rows = new UserCsv(writer);
            UserQuery query = first;
            long written = 0;
            UserList page;
            do {
                page = users.list(query);
                for (ManagedUser user : page.users()) {
                    rows.write(user);
                }
                written += page.users().size();
                rows.flush();
                query = query.next();
            } while (!page.users().isEmpty() && written < page.total());
            writer.flush();
        };
        String file = "users-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /**
     * Creates the users of a CSV file ({@link ImportFile}), row by row, each by the rules of a
     * single create; {@code dry_run=true} judges every row and writes nothing. 200 with each row's
     * outcome; a file that is not CSV, lacks {@code email} or has unknown columns is 422 and writes
     * nothing; past 5 MiB or 10,000 rows, 413.
     */
    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes("text/csv")
    public ImportReport.Result importUsers(@QueryParam("dry_run") String dryRun, InputStream body) {
        FieldErrors errors = new FieldErrors();
        Boolean dry = QueryParameters.flag(dryRun, "dry_run", errors);
        errors.throwIfAny();
        return imports.importRows(ImportFile.read(body), Boolean.TRUE.equals(dry));
    }

    /** How many users the export reads at a time. */
    static final int EXPORT_PAGE = 1000;

    /** One action for up to 1,000 users, each by its single-user rules; 200 with each user's outcome. */
    @POST
    @Path("bulk")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult bulk(Bulk body) {
        return users.bulk(body.action(), body.userIds(), body.group());
    }

    public record Bulk(String action, List<String> userIds, String group) {
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
    public Response update(@PathParam("user_id") String userId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Edit body) {
        return withVersion(users.update(userId, body.change(), Versioned.expectedVersion(ifMatch)));
    }

    /**
     * Only the fields present change; a {@code display_name} of null clears the name. A
     * {@code password} resets it, revoking the user's API keys unless {@code revoke_api_keys} is false,
     * and with {@code require_password_change} the user must choose their own at their next login.
     * {@code groups} names all the groups the user is to be in.
     */
    public record Edit(Patch<String> displayName, String email, String password, Patch<Boolean> isAdmin, Patch<Boolean> isActive, Boolean revokeApiKeys,
                       List<String> groups, Boolean requirePasswordChange) {

        UserChange change() {
            return new UserChange(displayName == null ? null : Objects.requireNonNullElse(displayName.value(), ""), email, password,
                    isAdmin == null ? null : Boolean.TRUE.equals(isAdmin.value()),
                    isActive == null ? null : !Boolean.FALSE.equals(isActive.value()),
                    !Boolean.FALSE.equals(revokeApiKeys), groups, Boolean.TRUE.equals(requirePasswordChange));
        }
    }

    @DELETE
    @Path("{user_id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("user_id") String userId) {
        users.delete(userId);
        return Response.noContent().build();
    }

    /** A registered account that awaits approval becomes active; 409 for any other. */
    @POST
    @Path("{user_id}/approve")
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("user_id") String userId) {
        return withVersion(users.approve(userId));
    }

    /** A registered account that awaits approval is deleted; 409 for any other. */
    @POST
    @Path("{user_id}/reject")
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("user_id") String userId) {
        users.reject(userId);
        return Response.noContent().build();
    }


    private static Response withVersion(Versioned<ManagedUser> user) {
        return Response.ok(user.value()).tag(user.etag()).build();
    }
}
