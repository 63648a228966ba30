package dev.roster.users.control;

import dev.roster.kernel.Limits;
import dev.roster.problems.FieldErrors;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an email and a display name are normalised and checked, for every way in (API,
 * pages, setup, command line).
 */
public final class UserRules {

    // One @, something on each side, a dot in the domain, no spaces or control characters.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private UserRules() {
    }

    /** Trimmed and lower-cased: the form in which emails are stored and compared. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised email, or null after recording why it is unacceptable. */
    public static String email(String raw, String field, FieldErrors errors) {
        String email = normalizeEmail(raw);
        if (email == null || email.isEmpty()) {
            errors.add(field, "is required");
            return null;
        }
        if (email.length() > Limits.EMAIL_MAX) {
            errors.add(field, "must be at most " + Limits.EMAIL_MAX + " characters");
            return null;
        }
        if (!EMAIL.matcher(email).matches() || hasForbiddenCharacters(email)) {
            errors.add(field, "must be a valid email address");
            return null;
        }
        return email;
    }

    /** The trimmed display name (null when blank), after recording why it is unacceptable if it is. */
    public static String displayName(String raw, String field, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > Limits.DISPLAY_NAME_MAX) {
            errors.add(field, "must be at most " + Limits.DISPLAY_NAME_MAX + " characters");
        } else if (hasForbiddenCharacters(name)) {
            errors.add(field, FORBIDDEN_CHARACTERS);
        }
        return name;
    }

    public static final String FORBIDDEN_CHARACTERS = "must not contain control or text-direction characters";

    /** Whether a name people will read has characters that hide or reorder what it shows. */
    public static boolean hasForbiddenCharacters(String text) {
        return text.codePoints().anyMatch(UserRules::isForbidden);
    }

    private static boolean isForbidden(int c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // bidi isolates
                || Character.getType(c) == Character.SURROGATE; // a lone surrogate
    }
}
