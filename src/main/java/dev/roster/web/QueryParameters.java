package dev.roster.web;

import dev.roster.problems.FieldErrors;
import dev.roster.wire.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads list parameters as clients send them (text), naming each one that is wrong. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number in [min, max], or {@code absent} when not given. */
    public static int number(String text, int absent, int min, int max, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, max == Integer.MAX_VALUE ? "must be a whole number from " + min : "must be a whole number from " + min + " to " + max);
        return absent;
    }

    /** {@code true} or {@code false}, or null when not given. */
    public static Boolean flag(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(field, "must be true or false");
                yield null;
            }
        };
    }

    /** An ISO-8601 time such as {@code 2026-05-07T21:12:09Z} ({@link Timestamps#parse}), or null when not given. */
    public static Instant instant(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be an ISO-8601 time in UTC, such as 2026-05-07T21:12:09Z");
            return null;
        }
    }
}
