package dev.roster.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the pages show them ({@code #{dates.format(user.createdAt())}}): to the minute, in UTC like the API (the pages say so). */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String format(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant);
    }

    /** To the second, for the audit log. */
    public String precise(Instant instant) {
        return instant == null ? "—" : PRECISE.format(instant);
    }
}
