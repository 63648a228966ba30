package dev.roster.problems;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The one place that decides which HTTP status each kind of refusal gets. */
@Provider
public class ProblemMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        return toProblem(e);
    }

    static Response toProblem(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problems.of(Problems.UNPROCESSABLE_CONTENT, e.getMessage(), invalid.errors());
        }
        if (e instanceof RetryLaterException later) {
            Status status = e instanceof ServerBusyException ? Status.SERVICE_UNAVAILABLE : Status.TOO_MANY_REQUESTS;
            return Response.fromResponse(Problems.of(status, e.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds())
                    .build();
        }
        return Problems.of(statusOf(e), e.getMessage(), List.of());
    }

    private static Response.StatusType statusOf(BusinessException e) {
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return Status.CONFLICT;
        }
        if (e instanceof AuthenticationException) {
            return Status.UNAUTHORIZED;
        }
        if (e instanceof AccessDeniedException) {
            return Status.FORBIDDEN;
        }
        if (e instanceof PreconditionFailedException) {
            return Status.PRECONDITION_FAILED;
        }
        if (e instanceof TooLargeException) {
            return Status.REQUEST_ENTITY_TOO_LARGE;
        }
        return Status.BAD_REQUEST;
    }
}
