package dev.roster.problems;

import dev.roster.wire.Wire;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds RFC 9457 problem responses. Every error Roster's API answers goes through here, so
 * none carries a stack trace, SQL text or class name: only a status and a sentence.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String AUTHENTICATION_REQUIRED = "Authentication required";
    public static final String ADMIN_REQUIRED = "Admin privileges required";

    /** JAX-RS 3.1 has no constant for 422. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private Problems() {
    }

    /** An RFC 9457 problem; {@code errors} (the broken rules of a 422) is left out when there are none. */
    @JsonbNillable(false)
    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

        Problem(int status, String title, String detail, List<FieldError> errors) {
            this("about:blank", title, status, detail, errors.isEmpty() ? null : errors);
        }
    }

    public static Response of(Response.StatusType status, String detail) {
        return of(status, detail, List.of());
    }

    public static Response of(Response.StatusType status, String detail, List<FieldError> errors) {
        Problem body = new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, errors);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body);
        if (status.getStatusCode() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    /**
     * Writes a problem straight to a servlet response, for refusals decided before JAX-RS runs
     * (the security filter) or after it failed (the error page).
     */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = status == 422 ? UNPROCESSABLE_CONTENT.getReasonPhrase() : known != null ? known.getReasonPhrase() : "Error";
        byte[] body = Wire.toJson(new Problem(status, title, detail, List.of())).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** 401 for an anonymous caller, 403 for a known one: what a role check that failed means. */
    public static Response denied(boolean authenticated) {
        return authenticated
                ? of(Response.Status.FORBIDDEN, ADMIN_REQUIRED)
                : of(Response.Status.UNAUTHORIZED, AUTHENTICATION_REQUIRED);
    }
}
