package dev.roster.users.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an account stands: {@code active} (may log in), {@code inactive} (deactivated by an
 * administrator) or {@code pending} (registered by its owner, awaiting an administrator's
 * approval). Only an active account logs in or counts as an administrator. {@link #code} is how
 * the API, the pages and the command line name it.
 */
public enum UserStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    PENDING("pending");

    public final String code;

    UserStatus(String code) {
        this.code = code;
    }

    public static Optional<UserStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
