package dev.roster.users.control;

import jakarta.validation.constraints.NotEmpty;

/**
 * The fields a user is created with, normalised as they will be stored (see {@link UserRules});
 * a blank display name means none. The password is judged by the {@link PasswordPolicy}.
 */
public record NewAccount(@NotEmpty(message = "is required") @Email String email, @DisplayName String displayName, String password, boolean admin) {

    public NewAccount {
        email = UserRules.normalizeEmail(email);
        displayName = UserRules.storedDisplayName(UserRules.normalizeDisplayName(displayName));
    }
}
