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

    private PageLinks() {
    }

    /** The login page's address, with the page asked for as {@code next} and, after a lost session, {@code expired}. */
    public static String login(HttpServletRequest request, boolean expired) {
        String asked = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            asked += "?" + request.getQueryString(); // a form post comes back to its page, without the post
        }
        StringBuilder url = new StringBuilder(request.getContextPath()).append(LOGIN);
        String separator = "?";
        if (isLocal(asked) && !asked.equals("/")) {
            url.append(separator).append("next=").append(URLEncoder.encode(asked, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (expired) {
            url.append(separator).append("expired=true");
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

    /** Whether {@code path} is a page that web.xml reserves for logged-in users (the administration pages and My Profile). */
    public static boolean needsLogin(String path) {
        return path.startsWith("/admin/") || path.equals(PROFILE) || path.equals(PROFILE + ".xhtml");
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
