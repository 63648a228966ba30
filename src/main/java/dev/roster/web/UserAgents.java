package dev.roster.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * User agents as the pages show them ({@code #{userAgents.describe(session.userAgent())}}):
 * "Chrome 156 on Linux", read by ua-parser's shared patterns; the raw string goes in the
 * element's title. What the patterns do not know is shown as it came, and none as "Unknown".
 */
@Named
@ApplicationScoped
public class UserAgents {

    /** The patterns, compiled on first use (a few hundred milliseconds, once per JVM). */
    private static final class Patterns {
        static final Parser PARSER = new Parser();
    }

    public String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown";
        }
        Client client = Patterns.PARSER.parse(userAgent);
        if ("Other".equals(client.userAgent.family)) {
            return userAgent;
        }
        StringBuilder described = new StringBuilder(client.userAgent.family);
        if (client.userAgent.major != null) {
            described.append(' ').append(client.userAgent.major);
        }
        if (!"Other".equals(client.os.family)) {
            described.append(" on ").append(client.os.family);
            if (client.os.major != null && !client.os.family.equals("Linux")) {
                described.append(' ').append(client.os.major);
            }
        }
        return described.toString();
    }
}
