package dev.roster.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code GET /openapi}: the API's OpenAPI document, as MicroProfile OpenAPI serves it (YAML, or
 * JSON for {@code Accept: application/json} or {@code ?format=json}), anonymous.
 *
 * <p>The document is made at build time (SmallRye's Maven plugin scans Roster's own classes into
 * {@code openapi/openapi.yaml} and {@code .json}) and this servlet only sends those bytes.
 * Payara's own OpenAPI service is switched off ({@code server-config/pre-boot-commands.asadmin}):
 * it builds its document at the first request by parsing every class of the WAR and of its
 * libraries, which took seconds on an idle server and, on a loaded one, ran out of heap and left
 * the server answering nothing.
 */
@WebServlet(name = "OpenApiDocument", urlPatterns = "/openapi", loadOnStartup = 1)
public class OpenApiDocument extends HttpServlet {

    static final String YAML = "application/yaml";
    static final String JSON = "application/json";

    private byte[] yaml;
    private byte[] json;

    @Override
    public void init() throws ServletException {
        yaml = read("openapi/openapi.yaml");
        json = read("openapi/openapi.json");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean asJson = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        byte[] document = asJson ? json : yaml;
        response.setContentType((asJson ? JSON : YAML) + ";charset=UTF-8");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }

    /** MicroProfile OpenAPI's rule: the query parameter first, then the Accept header; YAML by default. */
    static boolean wantsJson(String format, String accept) {
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return accepted.contains(JSON) && !accepted.contains(YAML);
    }

    private static byte[] read(String resource) throws ServletException {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ServletException("The WAR lacks " + resource + " (made at build time by smallrye-open-api-maven-plugin)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ServletException("Cannot read " + resource, e);
        }
    }
}
