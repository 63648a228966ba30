package dev.roster.users.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An administrator's change to a user, normalised as it will be stored (see {@link UserRules});
 * null leaves a field as it is. An empty {@code displayName} clears the name; a
 * {@code password} is a reset that ends the user's sessions and, unless {@code revokeApiKeys}
 * is false, their API keys: the answer to an account that may be compromised. {@code groups}
 * names every group the user is to be in (an empty list: none). With a reset,
 * {@code requirePasswordChange} makes the user choose their own password at their next login.
 */
public record UserChange(@DisplayName String displayName, @Email String email, String password, Boolean admin, Boolean active, boolean revokeApiKeys,
                         List<String> groups, boolean requirePasswordChange) {

    public UserChange {
        displayName = UserRules.normalizeDisplayName(displayName);
        email = UserRules.normalizeEmail(email);
        groups = groups == null ? null : Collections.unmodifiableList(new ArrayList<>(groups));
    }

    /** A change whose password reset, if any, lets the user keep the new password. */
    public UserChange(String displayName, String email, String password, Boolean admin, Boolean active, boolean revokeApiKeys,
                      List<String> groups) {
        this(displayName, email, password, admin, active, revokeApiKeys, groups, false);
    }

    /** A change that leaves the user's groups as they are. */
    public UserChange(String displayName, String email, String password, Boolean admin, Boolean active, boolean revokeApiKeys) {
        this(displayName, email, password, admin, active, revokeApiKeys, null);
    }

    /** A change whose password reset, if any, revokes the user's API keys. */
    public UserChange(String displayName, String email, String password, Boolean admin, Boolean active) {
        this(displayName, email, password, admin, active, true);
    }
}
