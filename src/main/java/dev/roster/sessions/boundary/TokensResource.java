package dev.roster.sessions.boundary;

import dev.roster.platform.RequestBody;
import dev.roster.platform.Roles;
import dev.roster.sessions.control.Caller;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import dev.roster.platform.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * For services that consume Roster's tokens: {@code /auth/jwks} (the public keys, for
 * MicroProfile JWT's {@code mp.jwt.verify.publickey.location}), {@code /auth/introspect}
 * (RFC 7662: is this token still good, and whose is it) and the signing-key rotation.
 */
@Path("auth")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    TokenService tokens;

    @Inject
    AuthService auth;

    @GET
    @Path("jwks")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "application/jwk-set+json"})
    public String jwks() {
        return tokens.jwks();
    }

    @POST
    @Path("signing-keys/rotate")
    @RolesAllowed(Roles.ADMIN)
    public Response rotate() {
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("success", true).add("kid", tokens.rotateSigningKey()).build())
                .build();
    }

    @POST
    @Path("introspect")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject introspect(String text) {
        return introspection(RequestBody.parse(text).string("token").orElse(null));
    }

    /** RFC 7662 sends the token as a form field. */
    @POST
    @Path("introspect")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject introspectForm(@FormParam("token") String token) {
        return introspection(token);
    }

    private JsonObject introspection(String token) {
        Optional<Caller> found = auth.introspect(token);
        if (found.isEmpty()) {
            return Json.createObjectBuilder().add("active", false).build();
        }
        Caller caller = found.get();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("active", true)
                .add("sub", caller.userId())
                .add("upn", caller.email())
                .add("groups", Json.createArrayBuilder(caller.groups()));
        if (caller.claims() != null) {
            json.add("token_type", "Bearer")
                    .add("iat", caller.claims().issuedAt().getEpochSecond())
                    .add("exp", caller.claims().expiresAt().getEpochSecond())
                    .add("jti", caller.sessionId());
        } else {
            json.add("token_type", "api_key");
        }
        return json.build();
    }
}
