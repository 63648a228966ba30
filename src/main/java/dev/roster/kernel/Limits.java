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

    private Limits() {
    }
}
