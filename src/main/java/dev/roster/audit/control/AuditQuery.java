package dev.roster.audit.control;

import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Limits;
import dev.roster.problems.FieldErrors;
import dev.roster.web.QueryParameters;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One page of the audit log, newest first: optionally only one actor (a user id or email,
 * {@code cli}, {@code system}, {@code anonymous}), one target (a user id or email, or the id of a
 * session, key or signing key), one action, and a time range ({@code from} inclusive, {@code to}
 * exclusive).
 */
public record AuditQuery(String actor, String target, AuditAction action, Instant from, Instant to, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /**
     * Reads the query parameters as the client sent them, naming every one that is wrong.
     *
     * @throws dev.roster.problems.InvalidInputException for an unknown action, a bad time or number
     */
    public static AuditQuery parse(String actor, String target, String action, String from, String to, String offset, String limit) {
        FieldErrors errors = new FieldErrors();
        String who = term(actor, "actor", errors);
        String whom = term(target, "target", errors);
        AuditAction what = null;
        if (action != null && !action.isBlank()) {
            what = AuditAction.ofCode(action.strip()).orElse(null);
            if (what == null) {
                errors.add("action", "must be one of " + Arrays.stream(AuditAction.values()).map(a -> a.code).collect(Collectors.joining(", ")));
            }
        }
        Instant since = QueryParameters.instant(from, "from", errors);
        Instant until = QueryParameters.instant(to, "to", errors);
        if (since != null && until != null && !since.isBefore(until)) {
            errors.add("to", "must be later than from");
        }
        int first = QueryParameters.number(offset, 0, 0, Integer.MAX_VALUE, "offset", errors);
        int size = QueryParameters.number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit", errors);
        errors.throwIfAny();
        return new AuditQuery(who, whom, what, since, until, first, size);
    }

    private static String term(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String term = text.strip();
        if (term.length() > Limits.EMAIL_MAX) {
            errors.add(field, "must be at most " + Limits.EMAIL_MAX + " characters");
        }
        // Emails are stored normalised (lower case); ids are matched as given.
        return term.contains("@") ? term.toLowerCase(Locale.ROOT) : term;
    }
}
