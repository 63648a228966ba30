package dev.roster.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * web.xml's error page for whatever the container itself refuses or fails at (an unknown path
 * outside the API's resources, a page that does not exist, a body over the limit, an exception
 * that escaped a page): a problem for {@code /api/*}, a plain page for everything else. Neither
 * names the server, a class or a stack frame; a failure is logged with an incident id that the
 * answer repeats.
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    static final String PATH = "/error";

    /**
     * The request attribute in which the authentication module leaves the caller's scheme
     * ({@code light} or {@code dark}): the page takes the look the caller chose.
     */
    public static final String THEME = ErrorPage.class.getName() + ".theme";

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        // Asked for directly, this is just a path that has no page.
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        String path = uri instanceof String text ? text.substring(Math.min(text.length(), request.getContextPath().length())) : PATH;
        String detail = WebApplicationExceptionMapper.detailOf(status);
        if (failure != null && isExpiredView(failure)) {
            if (!path.startsWith("/api/") && !response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", reloaded(request.getContextPath() + path, request.getQueryString()));
                return;
            }
            status = HttpServletResponse.SC_BAD_REQUEST;
            detail = "This page has expired; open it again";
        } else if (failure != null || status >= 500) {
            detail = incident(path, failure);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        answer(request, response, path, status, detail);
    }

    /**
     * Answers {@code status} with {@code detail}: a problem for a path under {@code /api/}
     * (within the application), a plain page for any other. For failures decided before any
     * servlet runs (the authentication mechanism's, when the database is down).
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, String path, int status, String detail)
            throws IOException {
        if (path.startsWith("/api/")) {
            Problems.write(response, status, detail);
        } else {
            page(request, response, status, detail);
        }
    }

    /** Logs an unexpected failure under a new incident id, and returns the sentence that tells the client that id. */
    public static String incident(String path, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure at " + path + ", incident " + incident, failure);
        return "The server could not complete the request (incident " + incident + ")";
    }

    /**
     * The page at {@code uri} opened afresh after its view state was lost, marked so that the
     * layout tells the user ({@code reloaded=true}); the page's own query is kept.
     */
    public static String reloaded(String uri, String query) {
        String kept = query == null ? "" : java.util.Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("reloaded=")).map(part -> part + "&").collect(java.util.stream.Collectors.joining());
        return uri + "?" + kept + "reloaded=true";
    }

    /** Whether Faces failed because the page's view state is gone (an expired or cleared container session). */
    public static boolean isExpiredView(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("jakarta.faces.application.ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String detail) throws IOException {
        String title = switch (status) {
            case 404 -> "Page not found";
            case 400 -> "The request could not be read";
            case 413 -> "Too much data";
            case 503 -> "Roster is unavailable";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
        String text = status == 404 ? "There is no page at this address." : detail;
        String root = escape(request.getContextPath());
        boolean dark = "dark".equals(request.getAttribute(THEME));
        // Roster's look without Faces, which may be what failed: the theme, the icons and the top bar.
        byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + escape(title) + " · Roster</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-"
                + (dark ? "vela" : "saga") + "-blue\">"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/primeicons/primeicons.css.xhtml?ln=primefaces\">"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/css/roster.css.xhtml\"></head>"
                + "<body class=\"theme-" + (dark ? "dark" : "light") + "\"><header class=\"topbar\"><a class=\"brand\" href=\"" + root + "/\"><span class=\"brand-mark\">"
                + "<i class=\"pi pi-users\"></i></span><span class=\"brand-name\">Roster</span></a></header>"
                + "<main class=\"content\"><div class=\"card plain-error\"><i class=\"pi " + (status >= 500 ? "pi-exclamation-triangle" : "pi-compass") + "\"></i>"
                + "<h1>" + escape(title) + "</h1><p class=\"muted\">" + escape(text) + "</p>"
                + "<p><a id=\"back\" href=\"" + root + "/\">Go to Roster</a></p></div></main></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
