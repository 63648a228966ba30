package dev.roster.users.boundary;

import dev.roster.users.control.DisplayName;
import dev.roster.users.control.UserRules;

/**
 * A user's change to their own profile, the name normalised as it will be stored. A null
 * {@code displayName} leaves the name as it is (an empty one clears it); a null
 * {@code newPassword} leaves the password as it is.
 */
public record ProfileChange(@DisplayName String displayName, String currentPassword, String newPassword) {

    public ProfileChange {
        displayName = UserRules.normalizeDisplayName(displayName);
    }
}
