package dev.roster.sessions.boundary;

import dev.roster.kernel.Roles;
import dev.roster.sessions.control.SessionCookie;
import dev.roster.web.TrustedProxies;
import dev.roster.wire.Outcomes;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /auth/login}, {@code /auth/login/mfa} and {@code /auth/logout}. A login answers with
 * the token for API clients and sets the same session as an HttpOnly cookie for browsers; with
 * two-factor sign-in, the first step answers an {@code mfa_token} instead, and the second step
 * the token and the cookie. Holds no state, so one instance serves every request (nothing is
 * created and injected per login).
 */
@Path("auth")
@ApplicationScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    // @EJB, not @Inject: the container's own reference, without the CDI proxy that costs Payara an exception per call.
    @EJB
    AuthService auth;

    @Inject
    TrustedProxies proxies;

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Login body, @Context HttpServletRequest request, @Context HttpServletResponse response) {
        LoginAnswer answer = auth.login(body.email(), body.password(), Boolean.TRUE.equals(body.rememberMe()),
                proxies.clientAddress(request), request.getHeader(HttpHeaders.USER_AGENT));
        if (answer instanceof LoginResult login) {
            SessionCookie.issue(request, response, proxies.isHttps(request), login.token(), login.expiresIn(), login.rememberMe());
        }
        return Response.ok(answer).build();
    }

    public record Login(String email, String password, Boolean rememberMe) {
    }

    /** The second step of a login with two-factor sign-in: the first step's {@code mfa_token} and a {@code code} or a {@code recovery_code}. */
    @POST
    @Path("login/mfa")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginResult completeMfa(SecondStep body, @Context HttpServletRequest request, @Context HttpServletResponse response) {
        LoginResult login = auth.completeMfa(body.mfaToken(), body.code(), body.recoveryCode(), proxies.clientAddress(request),
                request.getHeader(HttpHeaders.USER_AGENT));
        SessionCookie.issue(request, response, proxies.isHttps(request), login.token(), login.expiresIn(), login.rememberMe());
        return login;
    }

    public record SecondStep(String mfaToken, String code, String recoveryCode) {
    }

    @POST
    @Path("logout")
    @RolesAllowed(Roles.USER)
    public Outcomes.Success logout(@Context HttpServletRequest request, @Context HttpServletResponse response) {
        auth.logout();
        SessionCookie.clear(request, response, proxies.isHttps(request));
        return Outcomes.Success.OK;
    }
}
