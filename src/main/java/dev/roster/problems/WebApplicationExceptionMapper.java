package dev.roster.problems;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path, wrong method or media type, a failed
 * {@code @RolesAllowed}) becomes a problem too. Jersey answers a role check with 403 even
 * for a caller who sent no valid credentials; that caller gets 401 here.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ForbiddenException) {
            return Problems.denied(security.getUserPrincipal() != null);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response problem = Problems.of(status, detailOf(status.getStatusCode()));
        if (status.getStatusCode() == 405) {
            return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
        }
        return problem;
    }

    /** The sentence for a status that JAX-RS or the container decided, not a service. */
    static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read";
            case 401 -> Problems.AUTHENTICATION_REQUIRED;
            case 403 -> "Access to this resource is not allowed";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "No acceptable representation; this API speaks application/json";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported media type; send application/json";
            default -> status >= 500 ? "The server could not complete the request" : "The request was refused";
        };
    }
}
