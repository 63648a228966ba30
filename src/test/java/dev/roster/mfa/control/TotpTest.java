package dev.roster.mfa.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    /** RFC 6238's key for its SHA-1 test vectors, and the same in Base32 as Roster stores secrets. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924", "2000000000, 69279037",
            "20000000000, 65353130"})
    void rfc6238AppendixBVectors(long seconds, String code) {
        assertEquals(code, Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8));
    }

    @Test
    void sixDigitsAreTheLastSixOfTheVectors() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
    }

    @Test
    void aCodeCountsForItsStepAndOneStepEitherSide() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.step(now);
        for (int offset = -1; offset <= 1; offset++) {
            OptionalLong matched = Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + offset), now);
            assertEquals(OptionalLong.of(step + offset), matched, "offset " + offset);
        }
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now));
    }

    @Test
    void aCodeMayComeWithTheSpaceAppsShowInIt() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        String code = Totp.code(RFC_SECRET, Totp.step(now));
        assertTrue(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12345a", "１２３４５６", "-12345", "123 45"})
    void anythingButSixDigitsMatchesNothing(String code) {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SECRET, code, now));
    }

    @Test
    void secretsAre160RandomBitsInBase32() {
        String secret = Totp.newSecret(new SecureRandom());
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals(20, new Base32().decode(secret).length);
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertEquals("otpauth://totp/Roster:ada%40example.com?secret=" + RFC_SECRET + "&issuer=Roster&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Roster", "ada@example.com", RFC_SECRET));
        assertEquals("otpauth://totp/Acme%20IT:b%C3%A9a%40example.com?secret=" + RFC_SECRET + "&issuer=Acme%20IT&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Acme IT", "béa@example.com", RFC_SECRET));
    }
}
