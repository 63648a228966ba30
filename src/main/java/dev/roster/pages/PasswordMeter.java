package dev.roster.pages;

import dev.roster.users.control.PasswordPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * The meter under a new password ({@code r:newPassword}), worked out once per request: the tag
 * shows its level and its label, and rating the password (zxcvbn) is the dearest part of each
 * keystroke's answer. Request-scoped, so a password is held no longer than the request carrying it.
 */
@Named
@RequestScoped
public class PasswordMeter {

    @Inject
    PasswordPolicy policy;

    private String rated;
    private PasswordPolicy.Strength strength;

    public PasswordMeter() {
    }

    PasswordMeter(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** The policy's {@link PasswordPolicy#strength} of the password, asked once for each password a request shows. */
    public PasswordPolicy.Strength of(String password) {
        if (strength == null || !Objects.equals(rated, password)) {
            rated = password;
            strength = policy.strength(password);
        }
        return strength;
    }
}
