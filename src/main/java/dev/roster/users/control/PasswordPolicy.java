package dev.roster.users.control;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.roster.users.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
 * {@value User#PASSWORD_MAX} characters. The pages' password fields ({@code r:newPassword}) show
 * its {@link #checks} and {@link #strength} as the password is typed.
 */
@Named
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

    /** One rule of the active policy, and whether a password keeps it. */
    public record Check(String rule, boolean met) {
    }

    /**
     * How a page rates a password as it is typed: {@code level} 0 is refused (with the server's own
     * reason), 1 to 4 accepted and ever harder to guess. Only what {@link #violation} accepts ever
     * rates above 0.
     */
    public record Strength(int level, String label) {
    }

    /** The active rules, as a page lists them for the person choosing a password. */
    public List<String> rules() {
        return checks("").stream().map(Check::rule).toList();
    }

    /** Each active rule and whether {@code password} keeps it: the live checklist of the password fields. */
    public List<Check> checks(String password) {
        String typed = password == null ? "" : password;
        if (!strict) {
            return List.of(new Check("Any password that is not empty (strict checking is off)", !typed.isEmpty()));
        }
        return List.of(
                new Check("At least " + STRICT_MIN_LENGTH + " characters", longEnough(typed)),
                new Check("Upper-case and lower-case letters", typed.chars().anyMatch(Character::isUpperCase)
                        && typed.chars().anyMatch(Character::isLowerCase)),
                new Check("At least one digit", typed.chars().anyMatch(Character::isDigit)),
                new Check("Not a commonly used password", !typed.isEmpty() && !common(typed)));
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
        List<Check> checks = checks(password);
        if (!checks.get(0).met()) {
            return Optional.of("must be at least " + STRICT_MIN_LENGTH + " characters");
        }
        if (!checks.get(1).met() || !checks.get(2).met()) {
            return Optional.of("must contain an upper-case letter, a lower-case letter and a digit");
        }
        if (!checks.get(3).met()) {
            return Optional.of("is too common; choose one that is harder to guess");
        }
        return Optional.empty();
    }

    /**
     * The meter's verdict: refused with the server's reason when {@link #violation} refuses it,
     * else zxcvbn's guess of how hard it is to guess (its first {@value #RATED_LENGTH} characters).
     */
    public Strength strength(String password) {
        Optional<String> refused = violation(password);
        if (refused.isPresent()) {
            return new Strength(0, password == null || password.isEmpty() ? "Type a password" : "Not accepted: " + refused.get());
        }
        String rated = password.length() > RATED_LENGTH ? password.substring(0, RATED_LENGTH) : password;
        return switch (Rating.ZXCVBN.measure(rated).getScore()) {
            case 0, 1 -> new Strength(1, "Accepted, but easy to guess");
            case 2 -> new Strength(2, "Fair");
            case 3 -> new Strength(3, "Good");
            default -> new Strength(4, "Strong");
        };
    }

    /** zxcvbn's time grows with the length; beyond this many characters a password is strong anyway. */
    static final int RATED_LENGTH = 64;

    private static boolean longEnough(String password) {
        return password.codePointCount(0, password.length()) >= STRICT_MIN_LENGTH;
    }

    private static boolean common(String password) {
        return CommonPasswords.SET.contains(password.toLowerCase(Locale.ROOT));
    }

    /** zxcvbn's estimator, built once: it is immutable and safe to share. */
    private static final class Rating {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
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
