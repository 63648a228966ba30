package dev.roster.sessions.control;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the pages send a browser: the login page with the way back, and the way back itself,
 * which must stay on this site. A {@code next} that is not a plain local path (another host
 * through {@code //} or {@code /\}, a scheme, control characters) is dropped, so the login
 * page can never be used to send someone elsewhere.
 */
public final class PageLinks {

    public static final String LOGIN = "/login";
    public static final String SETUP = "/setup";
    public static final String USERS = "/admin/users";
    public static final String PROFILE = "/profile";
    /** Where a user with a required action (a password change, an enrolment in two-factor sign-in) does it first. */
    public static final String ACCOUNT_SETUP = "/account-setup";

    private PageLinks() {
    }

    /** The login page's address, with the page asked for as {@code next} and, after a lost session, {@code expired}. */
    public static String login(HttpServletRequest request, boolean expired) {
        String url = withWayBack(request, LOGIN);
        return expired ? url + (url.contains("?") ? "&" : "?") + "expired=true" : url;
    }

    /** The account set-up page's address, with the page asked for as {@code next}. */
    public static String accountSetup(HttpServletRequest request) {
        return withWayBack(request, ACCOUNT_SETUP);
    }

    private static String withWayBack(HttpServletRequest request, String page) {
        String asked = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            asked += "?" + request.getQueryString(); // a form post comes back to its page, without the post
        }
        StringBuilder url = new StringBuilder(request.getContextPath()).append(page);
        if (isLocal(asked) && !asked.equals("/") && !asked.startsWith(page)) {
            url.append("?next=").append(URLEncoder.encode(asked, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** Whether {@code path} is a path on this site (relative to the context root), safe to redirect to. */
    public static boolean isLocal(String path) {
        if (path == null || path.isEmpty() || path.length() > 2000 || path.charAt(0) != '/') {
            return false;
        }
        if (path.startsWith("//") || path.contains("\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** Whether {@code path} is a page that web.xml reserves for logged-in users (the administration pages, My Profile, account set-up). */
    public static boolean needsLogin(String path) {
        return path.startsWith("/admin/") || isPage(path, PROFILE) || isPage(path, ACCOUNT_SETUP);
    }

    /** Whether {@code path} is {@code page}, with or without its {@code .xhtml}. */
    public static boolean isPage(String path, String page) {
        return path.equals(page) || path.equals(page + ".xhtml");
    }

    /** Whether {@code path} is a Faces resource (stylesheet, script, image, font): public, and the same for everyone. */
    public static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/");
    }

    /** The page a user lands on by default: User Management for administrators, My Profile for everyone else. */
    public static String home(boolean admin) {
        return admin ? USERS : PROFILE;
    }
}
