package dev.roster.consumer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * A stand-in for another team's MicroProfile service: it knows nothing of Roster but the
 * standard MicroProfile JWT settings ({@code mp.jwt.verify.publickey.location} pointing at
 * Roster's JWKS, {@code mp.jwt.verify.issuer}). Deployed only by {@code TokensIT}.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"admin", "user", "eng"})
public class ConsumerApplication extends Application {
}
