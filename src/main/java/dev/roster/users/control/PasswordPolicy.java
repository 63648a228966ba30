package dev.roster.users.control;

import com.nulabinc.zxcvbn.StandardDictionaries;
import dev.roster.users.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which passwords are acceptable. Strict (the default): at least 8 characters with upper
 * case, lower case and a digit, and not one of the 30,000 most common passwords (zxcvbn's
 * list, compared case-insensitively). Non-strict: anything not empty. Always at most
 * {@value User#PASSWORD_MAX} characters.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int STRICT_MIN_LENGTH = 8;

    @Inject
    @ConfigProperty(name = "roster.strict-password-checking", defaultValue = "true")
    boolean strict;

    protected PasswordPolicy() {
    }

    public PasswordPolicy(boolean strict) {
        this.strict = strict;
    }

    public boolean isStrict() {
        return strict;
    }

    /** The active rules, as a page lists them for the person choosing a password. */
    public List<String> rules() {
        return strict
                ? List.of("At least " + STRICT_MIN_LENGTH + " characters", "Upper-case and lower-case letters", "At least one digit",
                        "Not a commonly used password")
                : List.of("Any password that is not empty (strict checking is off)");
    }

    /** The rule the password breaks, if any, as a sentence for the person who chose it. */
    public Optional<String> violation(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (password.length() > User.PASSWORD_MAX) {
            return Optional.of("must be at most " + User.PASSWORD_MAX + " characters");
        }
        if (!strict) {
            return Optional.empty();
        }
        if (password.codePointCount(0, password.length()) < STRICT_MIN_LENGTH) {
            return Optional.of("must be at least " + STRICT_MIN_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("must contain an upper-case letter, a lower-case letter and a digit");
        }
        if (CommonPasswords.SET.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is too common; choose one that is harder to guess");
        }
        return Optional.empty();
    }

    /** Loaded on first use, once per JVM. */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            try {
                return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
            } catch (IOException e) {
                throw new UncheckedIOException("The common-passwords list could not be read", e);
            }
        }
    }
}
