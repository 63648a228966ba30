package dev.roster.sessions.control;

import dev.roster.platform.Roles;
import dev.roster.sessions.entity.UserSession;
import dev.roster.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues the token of a new session and checks presented tokens against Roster's keys and issuer. */
@ApplicationScoped
public class Tokens {

    @Inject
    @ConfigProperty(name = "roster.jwt.issuer", defaultValue = "roster")
    String issuer;

    @Inject
    SigningKeys keys;

    private TokenCodec codec;

    @PostConstruct
    void init() {
        codec = new TokenCodec(issuer);
    }

    public String issue(User user, UserSession session) {
        SigningKeys.Signer signer = keys.signer();
        TokenClaims claims = new TokenClaims(user.getId(), user.getEmail(), Roles.of(user.isAdmin()),
                session.getCreatedAt(), session.getExpiresAt(), session.getId());
        return codec.sign(claims, signer.kid(), signer.privateKey());
    }

    public Optional<TokenClaims> verify(String token) {
        return codec.verify(token, keys::publicKey, Instant.now());
    }
}
