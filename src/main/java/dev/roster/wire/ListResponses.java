package dev.roster.wire;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * How the API answers one page of a list: a plain JSON array, {@code X-Total-Count} with the
 * number of matches in all, and {@code Link: <...>; rel="next"} while more follow.
 */
public final class ListResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private ListResponses() {
    }

    public static Response page(List<?> items, long total, int offset, int limit, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(items).header(TOTAL_COUNT, total);
        long next = (long) offset + limit;
        if (next < total) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("offset", next).replaceQueryParam("limit", limit).build(), "next");
        }
        return response.build();
    }
}
