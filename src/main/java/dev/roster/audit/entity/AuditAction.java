package dev.roster.audit.entity;

import java.util.Arrays;
import java.util.Optional;

/** What an audit event records; {@link #code} is how the API, the page and the table name it. */
public enum AuditAction {
    SETUP("setup"),
    REGISTER("register"),
    LOGIN("login"),
    LOGOUT("logout"),
    LOGIN_MFA_FAILURE("login.mfa_failure"),
    LOCKOUT("login.lockout"),
    UNLOCK("user.unlock"),
    USER_CREATE("user.create"),
    USER_UPDATE("user.update"),
    USER_ACTIVATE("user.activate"),
    USER_DEACTIVATE("user.deactivate"),
    USER_PROMOTE("user.promote"),
    USER_DEMOTE("user.demote"),
    PASSWORD_RESET("user.password_reset"),
    PASSWORD_CHANGE("user.password_change"),
    USER_DELETE("user.delete"),
    USER_APPROVE("user.approve"),
    USER_REJECT("user.reject"),
    USERS_BULK("users.bulk"),
    USERS_IMPORT("users.import"),
    GROUP_CREATE("group.create"),
    GROUP_UPDATE("group.update"),
    GROUP_DELETE("group.delete"),
    GROUP_MEMBER_ADD("group.member_add"),
    GROUP_MEMBER_REMOVE("group.member_remove"),
    MFA_ENROL("mfa.enrol"),
    MFA_DISABLE("mfa.disable"),
    MFA_RESET("mfa.reset"),
    MFA_RECOVERY_CODES("mfa.recovery_codes"),
    REQUIRED_ACTION_SET("required_action.set"),
    REQUIRED_ACTION_DONE("required_action.done"),
    SESSION_REVOKE("session.revoke"),
    API_KEY_CREATE("api_key.create"),
    API_KEY_REVOKE("api_key.revoke"),
    SIGNING_KEY_ROTATE("signing_key.rotate");

    public final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
