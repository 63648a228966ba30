package dev.roster.wire;

/** The small answers of actions that return no representation: {@code {"success": true}}, with how many were ended. */
public final class Outcomes {

    private Outcomes() {
    }

    public record Success(boolean success) {

        public static final Success OK = new Success(true);
    }

    public record Revoked(boolean success, long revoked) {

        public Revoked(long revoked) {
            this(true, revoked);
        }
    }
}
