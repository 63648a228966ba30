package dev.roster.sessions.control;

import dev.roster.kernel.Roles;
import dev.roster.kernel.TokenClaims;
import dev.roster.sessions.entity.UserSession;
import dev.roster.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues the token of a new session and checks presented tokens against Roster's keys and issuer. */
@ApplicationScoped
public class Tokens {

    @Inject
    @ConfigProperty(name = "roster.jwt.issuer", defaultValue = "roster")
    String issuer;

    @Inject
    SigningKeys keys;

    /** At most this many verified tokens are remembered (a few MiB); past it, the memory starts afresh. */
    static final int VERIFIED_MAX = 4096;

    private TokenCodec codec;

    /**
     * Tokens whose signature, issuer and form this node has checked, with their claims, until
     * they expire: a client's token costs one RSA verification, not one per request. The
     * token string is the key, so a token that differs in any byte is checked afresh. This is
     * never the answer to "is the session live": the database is asked that on every request.
     */
    private final Map<String, TokenClaims> verified = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        codec = new TokenCodec(issuer);
    }

    /** The token of a new session: its {@code groups} claim holds the user's roles and groups' names as of now. */
    public String issue(User user, List<String> groupNames, UserSession session) {
        SigningKeys.Signer signer = keys.signer();
        TokenClaims claims = new TokenClaims(user.getId(), user.getEmail(), Roles.withGroups(user.isAdmin(), groupNames),
                session.getCreatedAt(), session.getExpiresAt(), session.getId(), session.getAmr());
        return codec.sign(claims, signer.kid(), signer.privateKey());
    }

    /** The token's claims if Roster signed it and it has not expired. */
    public Optional<TokenClaims> verify(String token) {
        Instant now = Instant.now();
        TokenClaims known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.expiresAt())) {
                return Optional.of(known);
            }
            verified.remove(token);
            return Optional.empty();
        }
        Optional<TokenClaims> claims = codec.verify(token, keys::publicKey, now);
        claims.ifPresent(c -> {
            if (verified.size() >= VERIFIED_MAX) {
                verified.clear();
            }
            verified.put(token, c);
        });
        return claims;
    }
}
