package dev.roster.sessions.control;

import dev.roster.kernel.Caller;
import dev.roster.kernel.TokenClaims;
import java.util.HashMap;
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

    /** Made when first read: most requests never read a claim, and every authenticated one gets a principal. */
    private Map<String, Object> claims;

    public RosterPrincipal(Caller caller) {
        this.caller = caller;
    }

    private Map<String, Object> claims() {
        if (claims == null) {
            // Immutable, so a second thread that builds it again meanwhile sees the same.
            claims = claimsOf(caller);
        }
        return claims;
    }

    private static Map<String, Object> claimsOf(Caller caller) {
        Map<String, Object> all = new HashMap<>();
        all.put(Claims.sub.name(), caller.userId());
        all.put(Claims.upn.name(), caller.email());
        all.put(Claims.groups.name(), new HashSet<>(caller.groups()));
        all.put(Claims.raw_token.name(), caller.token());
        TokenClaims token = caller.claims();
        if (token != null) {
            // A login token; an API key has no session id, issue or expiry time to tell.
            all.put(Claims.jti.name(), caller.sessionId());
            all.put(Claims.iat.name(), token.issuedAt().getEpochSecond());
            all.put(Claims.exp.name(), token.expiresAt().getEpochSecond());
        }
        return Map.copyOf(all);
    }

    @Override
    public String getName() {
        return caller.email();
    }

    @Override
    public Set<String> getClaimNames() {
        return claims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims().get(claimName);
    }

    @Override
    public String toString() {
        return "RosterPrincipal[" + caller.email() + "]";
    }
}
