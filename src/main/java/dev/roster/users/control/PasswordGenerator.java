package dev.roster.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * Strong random passwords: 20 characters from a CSPRNG, always with upper case, lower case,
 * a digit and a symbol, from an alphabet without look-alikes (no 0/O, 1/l/I), so it can be
 * read aloud or copied by hand. About 117 bits of entropy; it passes any active policy.
 */
@ApplicationScoped
public class PasswordGenerator {

    public static final int LENGTH = 20;

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#$%&*+-=?@^_~";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

    private final SecureRandom random = new SecureRandom();

    @Inject
    PasswordPolicy policy;

    protected PasswordGenerator() {
    }

    public PasswordGenerator(PasswordPolicy policy) {
        this.policy = policy;
    }

    public String generate() {
        while (true) {
            String candidate = candidate();
            if (policy.violation(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private String candidate() {
        char[] chars = new char[LENGTH];
        // One of each class in random places, the rest from the whole alphabet.
        chars[0] = pick(UPPER);
        chars[1] = pick(LOWER);
        chars[2] = pick(DIGITS);
        chars[3] = pick(SYMBOLS);
        for (int i = 4; i < LENGTH; i++) {
            chars[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
