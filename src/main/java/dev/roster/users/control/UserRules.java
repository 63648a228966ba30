package dev.roster.users.control;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How emails and the names people read are normalised and judged, for every way in (API,
 * pages, setup, command line). The constraints {@link Email}, {@link DisplayName} and
 * {@link Legible} apply these rules through Bean Validation.
 *
 * <p>An email is an identity, so two that look alike must be one: it is NFKC-normalised (a
 * full-width {@code ｄｕｐ@ｅｘａｍｐｌｅ.ｃｏｍ} typed with an input method becomes
 * {@code dup@example.com}), stripped of white space and invisible format characters at
 * either end (U+00A0, U+200B, U+FEFF, ...), and lower-cased. What remains must be a mailbox
 * people use: a dot-atom local part of at most 64 octets (RFC 5321's atext, plus letters,
 * marks and digits of any script, RFC 6531) and a host name of at least two labels, each of
 * letters, digits and inner hyphens (checked as IDNA by the JDK); no quoted local parts, no
 * IP literals, nothing invisible anywhere. Mixed scripts are allowed, as mail systems allow
 * them: an administrator sees each address as it is stored.
 *
 * <p>A display name is only read, never matched, so it keeps its compatibility characters
 * (NFC only), but it must not hide or reorder what it shows: no control characters, no
 * format characters (zero-width spaces, bidirectional overrides and isolates, ...), except
 * the zero-width joiner inside an emoji sequence such as 🧑‍💻.
 */
public final class UserRules {

    /** RFC 5322's atext, and any letter, mark or digit beyond ASCII. */
    private static final Pattern ATOM = Pattern.compile("[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+");
    private static final int LOCAL_PART_MAX_OCTETS = 64;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private UserRules() {
    }

    /** The form in which emails are stored and compared; null stays null. */
    public static String normalizeEmail(String email) {
        return email == null ? null : trim(Normalizer.normalize(email, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    /** The form in which a display name is stored: NFC, trimmed; null stays null, blank becomes empty. */
    public static String normalizeDisplayName(String name) {
        return name == null ? null : trim(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    /** The display name to store for a normalised one: none for null or empty. */
    public static String storedDisplayName(String normalized) {
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }

    /** Whether a normalised email is a mailbox people use (see the class comment). */
    public static boolean isMailbox(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return false;
        }
        return isLocalPart(email.substring(0, at)) && isHostName(email.substring(at + 1));
    }

    private static boolean isLocalPart(String local) {
        if (local.getBytes(StandardCharsets.UTF_8).length > LOCAL_PART_MAX_OCTETS) {
            return false;
        }
        for (String atom : local.split("\\.", -1)) {
            if (!ATOM.matcher(atom).matches()) {
                return false; // also an empty atom: a leading, trailing or doubled dot
            }
        }
        return true;
    }

    private static boolean isHostName(String domain) {
        if (domain.endsWith(".") || !legible(domain, false)) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return false; // an empty or overlong label, a hyphen at an end, a character no host name has
        }
        String[] labels = ascii.split("\\.");
        // At least two labels, and not a dotted IP address: a top-level domain has a letter.
        return labels.length >= 2 && !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }

    /**
     * Whether text people will read shows what it holds: no control or format characters
     * (invisible ones, bidirectional overrides and isolates), no lone surrogate; a zero-width
     * joiner only between the parts of an emoji.
     */
    public static boolean isLegible(String text) {
        return legible(text, true);
    }

    private static boolean legible(String text, boolean emojiJoinersAllowed) {
        int[] chars = text.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            int type = Character.getType(chars[i]);
            if (chars[i] == ZERO_WIDTH_JOINER && emojiJoinersAllowed && i > 0 && i < chars.length - 1
                    && isEmojiPart(chars[i - 1]) && isEmojiPart(chars[i + 1])) {
                continue;
            }
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return false;
            }
        }
        return true;
    }

    /** A pictograph, a skin tone, or the variation selector that asks for the emoji form. */
    private static boolean isEmojiPart(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || c == 0xFE0F;
    }

    /** Without white space (U+00A0 and the other Unicode spaces too) and format characters at either end. */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isTrimmed(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmed(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
