package dev.roster.sessions.boundary;

import dev.roster.platform.RequestBody;
import dev.roster.platform.Roles;
import dev.roster.platform.TrustedProxies;
import dev.roster.sessions.control.SessionCookie;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.roster.platform.Json;
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
 * {@code /auth/login} and {@code /auth/logout}. A login answers with the token for API
 * clients and sets the same session as an HttpOnly cookie for browsers. Holds no state, so
 * one instance serves every request (nothing is created and injected per login).
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
    public Response login(String text, @Context HttpServletRequest request, @Context HttpServletResponse response) {
        RequestBody body = RequestBody.parse(text);
        LoginResult login = auth.login(body.string("email").orElse(null), body.string("password").orElse(null),
                body.bool("remember_me", false), proxies.clientAddress(request), request.getHeader(HttpHeaders.USER_AGENT));
        SessionCookie.issue(request, response, proxies.isHttps(request), login.token(), login.expiresIn(), login.rememberMe());
        return Response.ok(login.toJson()).build();
    }

    @POST
    @Path("logout")
    @RolesAllowed(Roles.USER)
    public Response logout(@Context HttpServletRequest request, @Context HttpServletResponse response) {
        auth.logout();
        SessionCookie.clear(request, response, proxies.isHttps(request));
        return Response.ok(Json.createObjectBuilder().add("success", true).build()).build();
    }
}
