package dev.roster.sessions.control;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller principal handed to the container. It is a MicroProfile {@link JsonWebToken},
 * so code inside Roster reads the caller's claims the MicroProfile way. Its name is the
 * user's email ({@code upn}); {@code groups} are the roles from the database, not from the token.
 */
public class RosterPrincipal implements JsonWebToken {

    private final Caller caller;
    private final Map<String, Object> claims;

    public RosterPrincipal(Caller caller) {
        this.caller = caller;
        TokenClaims token = caller.claims();
        this.claims = Map.of(
                Claims.sub.name(), caller.userId(),
                Claims.upn.name(), caller.email(),
                Claims.groups.name(), new HashSet<>(caller.groups()),
                Claims.jti.name(), caller.sessionId(),
                Claims.iat.name(), token.issuedAt().getEpochSecond(),
                Claims.exp.name(), token.expiresAt().getEpochSecond(),
                Claims.raw_token.name(), caller.token());
    }

    @Override
    public String getName() {
        return caller.email();
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }

    @Override
    public String toString() {
        return "RosterPrincipal[" + caller.email() + "]";
    }
}
