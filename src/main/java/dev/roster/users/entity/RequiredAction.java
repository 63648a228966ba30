package dev.roster.users.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user must do after logging in before anything else: until then their session is
 * limited to the action itself, {@code GET /auth/me} and logging out. {@link #code} is how the
 * API and the {@code required_actions} column name it.
 */
public enum RequiredAction {
    CHANGE_PASSWORD("change_password", "Password change required"),
    ENROL_MFA("enrol_mfa", "Two-factor enrolment required");

    public final String code;
    /** The refusal of any other request while the action is outstanding. */
    public final String refusal;

    RequiredAction(String code, String refusal) {
        this.code = code;
        this.refusal = refusal;
    }

    public static Optional<RequiredAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** The actions a column value lists; codes it does not know are none. */
    public static Set<RequiredAction> parse(String column) {
        Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
        if (column != null) {
            Arrays.stream(column.split(",")).map(RequiredAction::ofCode).flatMap(Optional::stream).forEach(actions::add);
        }
        return actions;
    }

    /** The column value for these actions: null for none. */
    public static String format(Set<RequiredAction> actions) {
        return actions.isEmpty() ? null : actions.stream().sorted().map(a -> a.code).collect(Collectors.joining(","));
    }
}
