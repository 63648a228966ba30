package dev.roster.pages;

import dev.roster.kernel.CurrentUser;
import dev.roster.sessions.control.PageLinks;
import dev.roster.setup.boundary.SetupService;
import dev.roster.users.boundary.UserService;
import dev.roster.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What every page offers through the layout: the way in at {@code /} and the pending count ({@link Logout} logs out). */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    SetupService setup;

    @Inject
    CurrentUser currentUser;

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
}
