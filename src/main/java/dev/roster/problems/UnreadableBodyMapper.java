package dev.roster.problems;

import dev.roster.wire.UnreadableBodyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that could not be bound: 400 with the sentence that says why. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<UnreadableBodyException> {

    @Override
    public Response toResponse(UnreadableBodyException e) {
        return Problems.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
}
