package dev.roster.kernel;

/**
 * Who does something: a user (their id and email, the session they act from, if any, and the
 * client address), an anonymous client (logging in, setting up: only an address), Roster
 * itself (locking out an email after failed logins), or the command line, which acts on the
 * database directly and has no account or address. The rules about one's own account apply
 * only to a user; the audit log names the actor by {@link #name}.
 */
public record Actor(Kind kind, String userId, String email, String sessionId, String address) {

    public enum Kind {
        USER("user"), ANONYMOUS("anonymous"), SYSTEM("system"), COMMAND_LINE("cli");

        final String name;

        Kind(String name) {
            this.name = name;
        }
    }

    /** The admin command line: no account, no session; only the rules about the set of administrators apply. */
    public static final Actor COMMAND_LINE = new Actor(Kind.COMMAND_LINE, null, null, null, null);

    public static Actor user(String userId, String email, String sessionId, String address) {
        return new Actor(Kind.USER, userId, email, sessionId, address);
    }

    public static Actor anonymous(String address) {
        return new Actor(Kind.ANONYMOUS, null, null, null, address);
    }

    /** Roster deciding on its own, on a request from this address. */
    public static Actor system(String address) {
        return new Actor(Kind.SYSTEM, null, null, null, address);
    }

    public boolean isCommandLine() {
        return kind == Kind.COMMAND_LINE;
    }

    /** Whether the change is to the actor's own account. */
    public boolean is(String id) {
        return userId != null && userId.equals(id);
    }

    /** How the audit log names the actor: the user's id, or {@code anonymous}, {@code system}, {@code cli}. */
    public String name() {
        return kind == Kind.USER ? userId : kind.name;
    }
}
