package dev.roster.users.boundary;

/**
 * A user's change to their own profile. A null {@code displayName} leaves the name as it is
 * (a blank one clears it); a null {@code newPassword} leaves the password as it is.
 */
public record ProfileChange(String displayName, String currentPassword, String newPassword) {
}
