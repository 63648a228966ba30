package dev.roster.users.control;

import dev.roster.audit.entity.AuditAction;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What one bulk request does to each user it names; {@link #code} is how the API names it. */
public enum BulkAction {
    ACTIVATE("activate", AuditAction.USER_ACTIVATE),
    DEACTIVATE("deactivate", AuditAction.USER_DEACTIVATE),
    DELETE("delete", AuditAction.USER_DELETE),
    APPROVE("approve", AuditAction.USER_APPROVE),
    ADD_TO_GROUP("add_to_group", AuditAction.GROUP_MEMBER_ADD),
    REMOVE_FROM_GROUP("remove_from_group", AuditAction.GROUP_MEMBER_REMOVE);

    public final String code;
    /** The single-user action whose event records each user's change or refusal. */
    final AuditAction audited;

    BulkAction(String code, AuditAction audited) {
        this.code = code;
        this.audited = audited;
    }

    public static Optional<BulkAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** Whether the action needs a group. */
    public boolean needsGroup() {
        return this == ADD_TO_GROUP || this == REMOVE_FROM_GROUP;
    }

    static String codes() {
        return Arrays.stream(values()).map(a -> a.code).collect(Collectors.joining(", "));
    }
}
