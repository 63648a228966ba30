package dev.roster.kernel;

import java.util.regex.Pattern;

/**
 * Roster's ids are UUIDs as Roster writes them: lower case, with dashes. Anything else names
 * nothing, and is answered as "not found" before it reaches the database, whose {@code CHAR}
 * comparison ignores trailing spaces (so {@code "<id> "} would otherwise find the row, under
 * an id that is not its own).
 */
public final class Ids {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    public static boolean isId(String text) {
        return text != null && text.length() == 36 && UUID.matcher(text).matches();
    }
}
