package dev.roster.users.control;

import dev.roster.users.entity.UserStatus;
import jakarta.validation.constraints.NotEmpty;

/**
 * The fields a user is created with, normalised as they will be stored (see {@link UserRules});
 * a blank display name means none. The password is judged by the {@link PasswordPolicy}. An
 * account registered by its owner may start {@link UserStatus#PENDING}, an imported one
 * {@link UserStatus#INACTIVE}; any other starts active.
 */
public record NewAccount(@NotEmpty(message = "is required") @Email String email, @DisplayName String displayName, String password, boolean admin,
                         UserStatus status) {

    public NewAccount {
        email = UserRules.normalizeEmail(email);
        displayName = UserRules.storedDisplayName(UserRules.normalizeDisplayName(displayName));
    }

    /** An active account. */
    public NewAccount(String email, String displayName, String password, boolean admin) {
        this(email, displayName, password, admin, UserStatus.ACTIVE);
    }
}
