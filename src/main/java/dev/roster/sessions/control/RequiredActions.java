package dev.roster.sessions.control;

import dev.roster.users.entity.RequiredAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a user must do before anything else, as each request's authentication reads it: the
 * actions stored on the account, and {@code enrol_mfa} for an administrator without two-factor
 * sign-in while {@code roster.mfa.required-for-admins} is on. Read from the user's row on every
 * request, so an action done (or set) counts at once, on every node.
 */
@ApplicationScoped
public class RequiredActions {

    @Inject
    @ConfigProperty(name = "roster.mfa.required-for-admins", defaultValue = "false")
    boolean mfaRequiredForAdmins;

    /** The actions' codes, in {@link RequiredAction}'s order, for an account with this role, second factor and stored actions. */
    public List<String> of(boolean admin, boolean mfaEnabled, String stored) {
        boolean enrol = admin && !mfaEnabled && mfaRequiredForAdmins;
        if (stored == null && !enrol) {
            return List.of(); // nearly every request: nothing to parse
        }
        Set<RequiredAction> actions = RequiredAction.parse(stored);
        if (enrol) {
            actions.add(RequiredAction.ENROL_MFA);
        }
        if (mfaEnabled) {
            actions.remove(RequiredAction.ENROL_MFA);
        }
        return actions.stream().map(a -> a.code).toList();
    }
}
