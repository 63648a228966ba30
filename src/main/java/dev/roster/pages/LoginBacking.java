package dev.roster.pages;

import dev.roster.kernel.CurrentUser;
import dev.roster.problems.FacesProblems;
import dev.roster.registration.control.RegistrationSettings;
import dev.roster.sessions.boundary.AuthService;
import dev.roster.sessions.boundary.LoginAnswer;
import dev.roster.sessions.boundary.LoginResult;
import dev.roster.sessions.boundary.MfaRequired;
import dev.roster.sessions.control.PageLinks;
import dev.roster.sessions.control.SessionCookie;
import dev.roster.setup.boundary.SetupService;
import dev.roster.web.Pages;
import dev.roster.web.TrustedProxies;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * The login page ({@code /login}): logs in through {@link AuthService} like the API does and
 * hands the browser the session as the HttpOnly cookie; then back to the page asked for
 * ({@code next}, local paths only), else to the user's home page. An account with two-factor
 * sign-in is asked for its code (or a recovery code) on a second step of the same page.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EXPIRED = "Your session has expired, please log in again";

    @Inject
    AuthService auth;

    @Inject
    SetupService setup;

    @Inject
    CurrentUser currentUser;

    @Inject
    TrustedProxies proxies;

    @Inject
    RegistrationSettings registration;

    private String email;
    private String password;
    private boolean rememberMe;
    private String next;
    private boolean expired;
    private boolean loggedOut;
    /** The first step's token while the page asks for the second factor; kept in the view, never shown. */
    private String mfaToken;
    private boolean recovery;
    private String code;

    /** On opening the page: setup first if nobody can log in yet; nothing to do for who is logged in already. */
    public void open() {
        if (setup.status().setupRequired()) {
            Pages.redirect(PageLinks.SETUP);
        } else if (currentUser.isLoggedIn()) {
            Pages.redirect(destination(currentUser.isAdmin()));
        } else if (expired) {
            FacesProblems.warn(EXPIRED);
        } else if (loggedOut) {
            FacesProblems.info("You have been logged out");
        }
    }

    public void login() {
        HttpServletRequest request = Pages.request();
        Optional<LoginAnswer> answer = FacesProblems.attempt(() -> auth.login(email, password, rememberMe,
                proxies.clientAddress(request), request.getHeader("User-Agent")));
        password = null;
        if (answer.isPresent() && answer.get() instanceof MfaRequired required) {
            mfaToken = required.mfaToken();
        } else {
            answer.map(LoginResult.class::cast).ifPresent(this::enter);
        }
    }

    /** The second step, for an account with two-factor sign-in: the app's code, or a recovery code. */
    public void verify() {
        HttpServletRequest request = Pages.request();
        Optional<LoginResult> result = FacesProblems.attempt(() -> auth.completeMfa(mfaToken, recovery ? null : code, recovery ? code : null,
                proxies.clientAddress(request), request.getHeader("User-Agent")));
        code = null;
        result.ifPresent(this::enter);
    }

    /** Between the app's codes and the recovery codes. */
    public void switchCodeKind() {
        recovery = !recovery;
        code = null;
    }

    /** Back to the email and password (the second step's token expired, or it was the wrong account). */
    public void startOver() {
        mfaToken = null;
        recovery = false;
        code = null;
    }

    private void enter(LoginResult login) {
        HttpServletRequest request = Pages.request();
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // a new identity gets a new HTTP session id (no fixation of the view state's session)
        }
        SessionCookie.issue(request, Pages.response(), proxies.isHttps(request), login.token(), login.expiresIn(), login.rememberMe());
        Pages.redirect(destination(login.user().isAdmin()));
    }

    /** Whether the page asks for the second factor. */
    public boolean isSecondStep() {
        return mfaToken != null;
    }

    public boolean isRecovery() {
        return recovery;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private String destination(boolean admin) {
        return PageLinks.isLocal(next) && !next.startsWith(PageLinks.LOGIN) ? next : PageLinks.home(admin);
    }

    /** Whether the page offers a link to {@code /register}. */
    public boolean isRegistrationEnabled() {
        return registration.isEnabled();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRememberMe() {
        return rememberMe;
    }

    public void setRememberMe(boolean rememberMe) {
        this.rememberMe = rememberMe;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
