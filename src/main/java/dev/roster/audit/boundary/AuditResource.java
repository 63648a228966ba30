package dev.roster.audit.boundary;

import dev.roster.audit.control.AuditLog;
import dev.roster.audit.control.AuditQuery;
import dev.roster.kernel.Roles;
import dev.roster.wire.ListResponses;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /audit}: administrators read the audit log, newest first, as a plain JSON array with
 * {@code X-Total-Count} and a {@code Link: rel="next"} while more events follow. Read only:
 * no method changes or deletes an event.
 */
@Path("audit")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response list(@QueryParam("actor") String actor, @QueryParam("target") String target, @QueryParam("action") String action,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        AuditQuery query = AuditQuery.parse(actor, target, action, from, to, offset, limit);
        AuditLog.Page page = audit.list(query);
        List<AuditEventRepresentation> events = page.events().stream().map(AuditEventRepresentation::of).toList();
        return ListResponses.page(events, page.total(), query.offset(), query.limit(), uri);
    }
}
