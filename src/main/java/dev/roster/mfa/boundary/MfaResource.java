package dev.roster.mfa.boundary;

import dev.roster.kernel.Roles;
import dev.roster.wire.Outcomes;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /auth/mfa}: the caller's own two-factor sign-in. {@code POST totp} starts an enrolment,
 * {@code POST totp/confirm} ends it with a first code and answers the recovery codes,
 * {@code DELETE totp} turns it off, {@code POST recovery-codes} renews the codes.
 */
@Path("auth/mfa")
@ApplicationScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {

    @EJB
    MfaService mfa;

    @GET
    @RolesAllowed(Roles.USER)
    public MfaService.Status status() {
        return mfa.status();
    }

    @POST
    @Path("totp")
    @RolesAllowed(Roles.USER)
    public MfaService.Enrolment enrol() {
        return mfa.enrol();
    }

    @POST
    @Path("totp/confirm")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public RecoveryCodes confirm(Code body) {
        return new RecoveryCodes(mfa.confirm(body.code()));
    }

    @DELETE
    @Path("totp")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Outcomes.Success disable(Disable body) {
        mfa.disable(body.currentPassword(), body.code());
        return Outcomes.Success.OK;
    }

    @POST
    @Path("recovery-codes")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    public RecoveryCodes renew(Code body) {
        return new RecoveryCodes(mfa.renewRecoveryCodes(body.code()));
    }

    public record Code(String code) {
    }

    public record Disable(String currentPassword, String code) {
    }

    /** Shown once: Roster keeps only their hashes. */
    public record RecoveryCodes(List<String> recoveryCodes) {
    }
}
