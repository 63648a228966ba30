package dev.roster.sessions.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.kernel.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenCodecTest {

    private static KeyPair roster;
    private static KeyPair stranger;

    private final TokenCodec codec = new TokenCodec("roster");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final TokenClaims claims = new TokenClaims("user-1", "ada@example.com", List.of("admin", "user"),
            now, now.plusSeconds(3600), "session-1");
    private final Function<String, Optional<RSAPublicKey>> keys =
            kid -> "k1".equals(kid) ? Optional.of((RSAPublicKey) roster.getPublic()) : Optional.empty();

    @BeforeAll
    static void keyPairs() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        roster = generator.generateKeyPair();
        stranger = generator.generateKeyPair();
    }

    private String signed() {
        return codec.sign(claims, "k1", (RSAPrivateKey) roster.getPrivate());
    }

    @Test
    void roundTripKeepsEveryClaim() throws Exception {
        String token = signed();

        assertEquals(Optional.of(claims), codec.verify(token, keys, now));
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals("k1", jwt.getHeader().getKeyID());
        assertEquals("roster", jwt.getJWTClaimsSet().getIssuer());
        assertEquals("ada@example.com", jwt.getJWTClaimsSet().getStringClaim("upn"));
    }

    @Test
    void expiredTokenIsRefused() {
        assertTrue(codec.verify(signed(), keys, now.plusSeconds(3600)).isEmpty());
        assertTrue(codec.verify(signed(), keys, now.plusSeconds(3599)).isPresent());
    }

    @Test
    void otherIssuerIsRefused() {
        String token = new TokenCodec("elsewhere").sign(claims, "k1", (RSAPrivateKey) roster.getPrivate());
        assertTrue(codec.verify(token, keys, now).isEmpty());
    }

    @Test
    void foreignKeyAndUnknownKidAreRefused() {
        assertTrue(codec.verify(codec.sign(claims, "k1", (RSAPrivateKey) stranger.getPrivate()), keys, now).isEmpty());
        assertTrue(codec.verify(codec.sign(claims, "k2", (RSAPrivateKey) roster.getPrivate()), keys, now).isEmpty());
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        JWTClaimsSet set = SignedJWT.parse(signed()).getJWTClaimsSet();
        assertTrue(codec.verify(new PlainJWT(set).serialize(), keys, now).isEmpty());
    }

    @Test
    void hmacWithThePublicKeyAsSecretIsRefused() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                SignedJWT.parse(signed()).getJWTClaimsSet());
        forged.sign(new MACSigner(roster.getPublic().getEncoded()));
        assertTrue(codec.verify(forged.serialize(), keys, now).isEmpty());
    }

    @Test
    void onlyTheCanonicalCompactFormIsAccepted() {
        String token = signed();
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        String padded = token + "=".repeat((4 - parts[2].length() % 4) % 4);
        String standardAlphabet = parts[0] + "." + parts[1] + "." + Base64.getEncoder().withoutPadding().encodeToString(signature);
        // 256 bytes are 342 characters, the last carrying 4 unused bits: set one and the bytes stay the same.
        char last = parts[2].charAt(parts[2].length() - 1);
        String otherBits = token.substring(0, token.length() - 1) + (char) (last + 1);
        assertTrue(codec.verify(token, keys, now).isPresent());
        assertTrue(!standardAlphabet.equals(token), "the signature has a + or / in the standard alphabet; sign again if not");
        for (String variant : List.of(padded, standardAlphabet, otherBits, parts[0] + "." + parts[1] + ". " + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2] + ".", " " + token)) {
            assertTrue(codec.verify(variant, keys, now).isEmpty(), variant);
        }
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = signed().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("user-1", "user-2");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(codec.verify(tampered, keys, now).isEmpty());
    }

    @Test
    void missingSessionOrSubjectIsRefused() {
        TokenClaims noSession = new TokenClaims("user-1", "a@example.com", List.of(), now, now.plusSeconds(60), null);
        TokenClaims noSubject = new TokenClaims(null, "a@example.com", List.of(), now, now.plusSeconds(60), "s");
        assertTrue(codec.verify(codec.sign(noSession, "k1", (RSAPrivateKey) roster.getPrivate()), keys, now).isEmpty());
        assertTrue(codec.verify(codec.sign(noSubject, "k1", (RSAPrivateKey) roster.getPrivate()), keys, now).isEmpty());
    }

    @Test
    void garbageIsRefusedQuietly() {
        for (String garbage : List.of("", "x", "a.b.c", "....", "eyJhbGciOiJSUzI1NiJ9.e30.", "\u0000\u0001")) {
            assertTrue(codec.verify(garbage, keys, now).isEmpty(), garbage);
        }
    }
}
