package dev.roster.problems;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. The container wraps failures in EJB exceptions, so the cause chain is
 * searched for what the client can act on (a refusal, a concurrent edit, a database outage);
 * the rest is logged with an incident id and answered 500 without any internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException refusal) {
                return ProblemMapper.toProblem(refusal);
            }
            if (t instanceof OptimisticLockException || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return Problems.of(Status.CONFLICT, "The record was changed by someone else in the meantime; reload it and try again");
            }
            if (DatabaseOutage.isConnectionFailure(t)) {
                LOG.log(Level.WARNING, "Database unavailable: {0}", t.getMessage());
                return Problems.of(Status.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Problems.of(Status.INTERNAL_SERVER_ERROR, "The server could not complete the request (incident " + incident + ")");
    }
}
