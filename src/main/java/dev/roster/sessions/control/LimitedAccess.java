package dev.roster.sessions.control;

import dev.roster.users.entity.RequiredAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a limited session, a login whose user must first do a required action, may still do:
 * the action's own endpoints and page ({@link PageLinks#ACCOUNT_SETUP}), {@code GET /auth/me}
 * (which lists {@code required_actions}), logging out, and the API's calls that need no caller. Decided for every request by the
 * authentication module, before any resource or page runs, so no way in is left open.
 */
final class LimitedAccess {

    private static final String API = "/api/v1/";
    /** The caller's own account and logging out, and what needs no caller at all (a new login among it). */
    private static final Set<String> ALWAYS = Set.of("GET auth/me", "POST auth/logout",
            "GET auth/status", "GET auth/jwks", "POST auth/login", "POST auth/login/mfa", "POST auth/register");
    private static final Map<RequiredAction, Set<String>> ENDPOINTS = Map.of(
            RequiredAction.CHANGE_PASSWORD, Set.of("PATCH auth/me"),
            RequiredAction.ENROL_MFA, Set.of("GET auth/mfa", "POST auth/mfa/totp", "POST auth/mfa/totp/confirm"));

    private LimitedAccess() {
    }

    /** Whether a caller with these outstanding actions may make this request ({@code path} within the application). */
    static boolean allows(List<String> actions, String method, String path) {
        if (path.startsWith(API)) {
            String call = method + " " + path.substring(API.length());
            return ALWAYS.contains(call) || actions.stream().map(RequiredAction::ofCode).flatMap(Optional::stream)
                    .anyMatch(action -> ENDPOINTS.get(action).contains(call));
        }
        return PageLinks.isPage(path, PageLinks.ACCOUNT_SETUP) || path.equals("/logout");
    }

    /** The refusal of anything else: the first outstanding action's. */
    static String refusal(List<String> actions) {
        return actions.stream().map(RequiredAction::ofCode).flatMap(Optional::stream).findFirst()
                .map(action -> action.refusal).orElse("Action required");
    }
}
