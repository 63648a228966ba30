package dev.roster.sessions.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.sessions.control.SigningKeys;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What other services need to trust Roster's tokens. Anyone may read the public keys (they
 * are public); only administrators rotate the signing key.
 */
@Stateless
@DenyAll
public class TokenService {

    @Inject
    SigningKeys keys;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The JWK Set of every public key that still verifies a live token, as JSON text. */
    @PermitAll
    public String jwks() {
        return keys.jwks().toString();
    }

    /** Starts signing with a new key; tokens signed with the old one stay valid until they expire. */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.SIGNING_KEY_ROTATE)
    public String rotateSigningKey() {
        String kid = keys.rotate();
        audit.success(currentUser.actor(), AuditAction.SIGNING_KEY_ROTATE, AuditTarget.object(kid));
        return kid;
    }
}
