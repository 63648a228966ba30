package dev.roster.users.control;

/**
 * An administrator's change to a user; null leaves a field as it is. A blank
 * {@code displayName} clears the name; a {@code password} is a reset that ends the user's sessions.
 */
public record UserChange(String displayName, String email, String password, Boolean admin, Boolean active) {
}
