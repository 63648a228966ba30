package dev.roster.mfa.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as every authenticator app makes them (RFC 6238): HMAC-SHA-1 over
 * 30-second steps, six digits, secrets of 160 random bits written in Base32. A code is good for
 * its step and, for clocks that drift, the one before and after (§5.2); which step it matched is
 * returned, so that {@link SecondFactors} accepts each step once.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    static final int SKEW_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final Base32 BASE32 = new Base32();

    private Totp() {
    }

    /** A new secret in Base32 (32 characters, no padding). */
    public static String newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return BASE32.encodeToString(secret).replace("=", "");
    }

    /** The step an instant falls in. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of a Base32 secret for a step. */
    public static String code(String secret, long step) {
        return code(BASE32.decode(secret), step, DIGITS);
    }

    /** The code of a raw key for a step, with as many digits as asked (RFC 6238's test vectors have eight). */
    static String code(byte[] key, long step, int digits) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM)
                    .generateOneTimePasswordString(new SecretKeySpec(key, "RAW"), Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret was refused as a key", e);
        }
    }

    /**
     * The step within one of {@code now}'s whose code {@code code} is, the latest first. Anything
     * but six digits (spaces between them allowed, as apps show them) matches none.
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replace(" ", "");
        if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] key = BASE32.decode(secret);
        byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        for (long step = current + SKEW_STEPS; step >= current - SKEW_STEPS; step--) {
            if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII), given)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI that authenticator apps read (from a QR code, or typed in). */
    public static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
