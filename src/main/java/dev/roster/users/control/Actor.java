package dev.roster.users.control;

/**
 * Who makes a change to users: an administrator, through the API or the pages (their user
 * id and the session they act from), or the command line, which acts on the database
 * directly and has no account of its own. The rules about one's own account apply only to
 * an administrator.
 */
public record Actor(String userId, String sessionId) {

    /** The admin command line: no account, no session; only the rules about the set of administrators apply. */
    public static final Actor COMMAND_LINE = new Actor(null, null);

    public static Actor administrator(String userId, String sessionId) {
        return new Actor(userId, sessionId);
    }

    public boolean isCommandLine() {
        return userId == null;
    }

    /** Whether the change is to the actor's own account. */
    public boolean is(String id) {
        return userId != null && userId.equals(id);
    }
}
