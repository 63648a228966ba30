package dev.roster.sessions.boundary;

import dev.roster.kernel.Caller;
import dev.roster.kernel.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
                .entity(new Rotated(true, tokens.rotateSigningKey()))
                .build();
    }

    @POST
    @Path("introspect")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Introspection introspect(TokenToInspect body) {
        return introspection(body.token());
    }

    public record TokenToInspect(String token) {
    }

    public record Rotated(boolean success, String kid) {
    }

    /** RFC 7662's answer; what does not apply (all but {@code active} for an unknown token) is left out. */
    @JsonbNillable(false)
    public record Introspection(boolean active, String sub, String upn, List<String> groups, String tokenType, Long iat, Long exp,
                                String jti, List<String> amr) {

        static final Introspection INACTIVE = new Introspection(false, null, null, null, null, null, null, null, null);
    }

    /** RFC 7662 sends the token as a form field. */
    @POST
    @Path("introspect")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Introspection introspectForm(@FormParam("token") String token) {
        return introspection(token);
    }

    private Introspection introspection(String token) {
        Optional<Caller> found = auth.introspect(token);
        if (found.isEmpty()) {
            return Introspection.INACTIVE;
        }
        Caller caller = found.get();
        List<String> groups = List.copyOf(caller.groups());
        if (caller.claims() == null) {
            return new Introspection(true, caller.userId(), caller.email(), groups, "api_key", null, null, null, null);
        }
        return new Introspection(true, caller.userId(), caller.email(), groups, "Bearer", caller.claims().issuedAt().getEpochSecond(),
                caller.claims().expiresAt().getEpochSecond(), caller.sessionId(), caller.claims().amr());
    }
}
