package dev.roster.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/** The one wire format of a point in time: ISO-8601 in UTC with milliseconds, e.g. {@code 2026-05-07T21:12:09.008Z}. */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** RFC 3339: ISO-8601 with an offset and a year of exactly four digits (no sign, no fifth digit). */
    private static final DateTimeFormatter INPUT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffsetId()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private Timestamps() {
    }

    /**
     * A point in time a client sent, such as {@code 2027-01-31T00:00:00Z} or
     * {@code 2027-01-31T01:00:00+01:00}: years 0000 to 9999 only, as every store and client can hold.
     *
     * @throws DateTimeParseException when the text is anything else
     */
    public static Instant parse(String text) {
        return OffsetDateTime.parse(text.strip(), INPUT).toInstant();
    }

    /**
     * {@link #FORMAT}'s text. Years 0 to 9999 are written digit by digit: an authenticated read
     * writes three timestamps, and the formatter, which also builds the zone's rules per call,
     * cost 1 % of its CPU. Other years (a sign, a fifth digit) are left to the formatter.
     */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return FORMAT.format(instant);
        }
        char[] text = "0000-00-00T00:00:00.000Z".toCharArray();
        digits(text, 0, 4, t.getYear());
        digits(text, 5, 2, t.getMonthValue());
        digits(text, 8, 2, t.getDayOfMonth());
        digits(text, 11, 2, t.getHour());
        digits(text, 14, 2, t.getMinute());
        digits(text, 17, 2, t.getSecond());
        digits(text, 20, 3, t.getNano() / 1_000_000);
        return new String(text);
    }

    /** Writes {@code value} into {@code text} at {@code at} as {@code width} decimal digits, zero-padded. */
    private static void digits(char[] text, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
