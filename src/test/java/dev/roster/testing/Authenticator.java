package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * An authenticator app Roster did not write: OATH Toolkit's {@code oathtool --totp} (Debian's
 * package oathtool, installed by {@code .ci/run}), making codes for this machine's clock, which
 * the server under test shares.
 */
public final class Authenticator {

    private Authenticator() {
    }

    /** The code of the Base32 secret for the 30-second step {@code steps} away from now. */
    public static String code(String secret, int steps) {
        try {
            Process process = new ProcessBuilder("oathtool", "--totp", "--base32", "-N", "@" + (Instant.now().getEpochSecond() + 30L * steps), secret)
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, () -> "oathtool: " + out);
            return out;
        } catch (IOException e) {
            throw new AssertionError("oathtool is not installed (Debian's package oathtool; .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for a new step when fewer than five seconds of this one are left, so that "now" stays one step while a test uses it. */
    public static void awayFromAStepsEnd() throws InterruptedException {
        long intoStep = Instant.now().getEpochSecond() % 30;
        if (intoStep >= 25) {
            Thread.sleep((30 - intoStep) * 1000 + 200);
        }
    }
}
