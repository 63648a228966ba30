package dev.roster.pages;

import dev.roster.kernel.CurrentUser;
import dev.roster.sessions.boundary.AuthService;
import dev.roster.sessions.control.PageLinks;
import dev.roster.sessions.control.SessionCookie;
import dev.roster.web.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The pages' <em>Log out</em>: a plain form posted here, not a Faces action, so that it works
 * also when the page's view state is gone (an expired or cleared container session). Ends the
 * Roster session on the server, clears its cookie and the container session, and sends the
 * browser to the login page, which says so. A cross-site post carries no cookie
 * ({@code SameSite=Strict}), so it ends nothing.
 */
@WebServlet(name = "Logout", urlPatterns = Logout.PATH)
public class Logout extends HttpServlet {

    public static final String PATH = "/logout";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuthService auth;

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.isLoggedIn()) {
            auth.logout();
        }
        SessionCookie.clear(request, response, proxies.isHttps(request));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PageLinks.LOGIN + "?logged_out=true");
    }
}
