package dev.roster.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What page beans need of the request they serve: the servlet request and response, and redirects within Roster. */
public final class Pages {

    private Pages() {
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }

    /** Sends the browser to {@code path} (a path within Roster, such as {@code /login}), keeping this request's messages. */
    public static void redirect(String path) {
        ExternalContext external = external();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
