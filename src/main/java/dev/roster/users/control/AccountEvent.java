package dev.roster.users.control;

/**
 * A change to an account that ends the access it gave: the user's sessions (and whatever else
 * grants access) must stop working before the change's own answer returns. Fired synchronously,
 * in the transaction of the change, so that observers act on it or roll back with it; the
 * command line, outside the container, hands the same events to its observers itself.
 */
public sealed interface AccountEvent {

    String userId();

    /**
     * The password was changed or reset; {@code keptSessionId} (null for none) is the session the
     * change came from; {@code revokeApiKeys} when the user's API keys end too (an administrator's reset).
     */
    record PasswordChanged(String userId, String keptSessionId, boolean revokeApiKeys) implements AccountEvent {
    }

    /** The account was deactivated. */
    record Deactivated(String userId) implements AccountEvent {
    }

    /** An administrator reset the account's second factor (the answer to a lost or stolen one). */
    record MfaReset(String userId) implements AccountEvent {
    }
}
