package dev.roster.pages;

import dev.roster.kernel.CurrentUser;
import dev.roster.problems.FacesProblems;
import dev.roster.sessions.boundary.AuthService;
import dev.roster.sessions.control.PageLinks;
import dev.roster.sessions.control.SessionCookie;
import dev.roster.setup.boundary.SetupService;
import dev.roster.users.boundary.UserService;
import dev.roster.web.Pages;
import dev.roster.web.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** What every page offers through the layout: the way in at {@code /}, and logging out. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    AuthService auth;

    @Inject
    SetupService setup;

    @Inject
    CurrentUser currentUser;

    @Inject
    TrustedProxies proxies;

    @Inject
    UserService users;

    private Long pendingCount;

    /** {@code /}: setup while no administrator exists, else the caller's home page, else the login page. */
    public void home() {
        if (setup.status().setupRequired()) {
            Pages.redirect(PageLinks.SETUP);
        } else if (currentUser.isLoggedIn()) {
            Pages.redirect(PageLinks.home(currentUser.isAdmin()));
        } else {
            Pages.redirect(PageLinks.LOGIN);
        }
    }

    /** How many accounts await approval, for the administrators' badge in the navigation (read once per request). */
    public long getPendingCount() {
        if (pendingCount == null) {
            pendingCount = currentUser.isAdmin() ? users.countPending() : 0;
        }
        return pendingCount;
    }

    /** Reads the count again when the page has just changed it (an approval or a rejection in this request). */
    public void recountPending() {
        pendingCount = null;
    }

    /** Ends the session on the server (its token stops working at once), then forgets it in the browser. */
    public void logout() {
        if (currentUser.isLoggedIn()) {
            FacesProblems.attempt(auth::logout);
        }
        SessionCookie.clear(Pages.request(), Pages.response(), proxies.isHttps(Pages.request()));
        HttpSession session = Pages.request().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        FacesProblems.info("You have been logged out");
        Pages.redirect(PageLinks.LOGIN);
    }
}
