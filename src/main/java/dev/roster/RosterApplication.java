package dev.roster;

import dev.roster.kernel.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The HTTP API, version 1. Resources are found by scanning; each is closed by default. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Roster", version = "1",
        description = "User management and authentication. Errors are application/problem+json."))
@DeclareRoles({Roles.ADMIN, Roles.USER})
public class RosterApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // Enforces @DenyAll / @PermitAll / @RolesAllowed on the resources themselves.
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true,
                // JSON is bound by Roster's own reader and writer (dev.roster.wire), whose rules are stricter than Jersey's JSON-B provider's.
                "jersey.config.disableJsonBinding", true,
                // Nor by the other JSON features Payara brings (MOXy, Jackson): each enables itself only when this names it.
                // MOXy, asked about a record it cannot bind, tried to build a JAXB context and logged the failure as a
                // warning, on every login and many other answers; with it off, Jackson took records it cannot write.
                "jersey.config.jsonFeature", "none",
                // An answer is held back up to this size to send it with a Content-Length (longer ones go chunked). Every
                // answer gets a buffer this large, and Jersey's default of 8 KiB made most of an authenticated read's garbage.
                "jersey.config.server.contentLength.buffer", 2048);
    }
}
