package dev.roster.kernel;

/**
 * The lengths the schema gives the fields people type, in one place: the entities map their
 * columns with them, the rules check input against them, and the schema migration passes them
 * to Liquibase, so the three cannot disagree.
 */
public final class Limits {

    /** RFC 5321's limit on a forward path. */
    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int API_KEY_NAME_MAX = 100;
    public static final int GROUP_NAME_MAX = 64;
    public static final int GROUP_DESCRIPTION_MAX = 500;
    /** A client address as text: the longest IPv6 form. */
    public static final int CLIENT_ADDRESS_MAX = 45;

    private Limits() {
    }

    /** The value cut to at most {@code max} characters (never between the halves of a surrogate pair), or null. */
    public static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
