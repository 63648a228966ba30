package dev.roster.sessions.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.kernel.TokenClaims;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes and checks Roster's tokens: RS256 JWTs with the claims MicroProfile JWT expects
 * ({@code iss, sub, upn, groups, iat, exp, jti}) and {@code amr}, so other services can verify them with
 * Roster's public key. Checking a token here proves only that Roster issued it and that it
 * has not expired; whether its session still lives is the database's answer.
 */
public class TokenCodec {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

    private final String issuer;

    public TokenCodec(String issuer) {
        this.issuer = issuer;
    }

    public String sign(TokenClaims claims, String kid, RSAPrivateKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build();
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(claims.subject())
                .claim("upn", claims.email())
                .claim("groups", claims.groups())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.sessionId())
                .claim("amr", claims.amr())
                .build();
        SignedJWT jwt = new SignedJWT(header, set);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Token could not be signed", e);
        }
        return jwt.serialize();
    }

    /**
     * Whether the token is three parts of unpadded base64url, each exactly as it encodes
     * (RFC 7515 §3.1, §2): the parser would also take padding, the {@code +/} alphabet, white
     * space or other trailing bits, and one token must not have several spellings.
     */
    static boolean isCanonical(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            try {
                if (!B64URL.encodeToString(B64URL_DECODER.decode(part)).equals(part)) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token's claims if it is in the canonical compact form, Roster signed it (RS256 only,
     * with a known key), it names this issuer, a subject and a session, and it has not expired
     * at {@code now}.
     */
    public Optional<TokenClaims> verify(String token, Function<String, Optional<RSAPublicKey>> publicKeys, Instant now) {
        if (!isCanonical(token)) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || header.getKeyID() == null) {
                return Optional.empty();
            }
            Optional<RSAPublicKey> key = publicKeys.apply(header.getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            Date expires = set.getExpirationTime();
            Date issued = set.getIssueTime();
            if (!issuer.equals(set.getIssuer()) || set.getSubject() == null || set.getJWTID() == null
                    || expires == null || issued == null || !now.isBefore(expires.toInstant())) {
                return Optional.empty();
            }
            List<String> groups = set.getStringListClaim("groups");
            List<String> amr = set.getStringListClaim("amr");
            return Optional.of(new TokenClaims(set.getSubject(), set.getStringClaim("upn"), groups == null ? List.of() : groups,
                    issued.toInstant(), expires.toInstant(), set.getJWTID(), amr == null ? TokenClaims.PASSWORD : List.copyOf(amr)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            // Anything that does not parse as a well-formed RS256 token is simply not a token of ours.
            return Optional.empty();
        }
    }
}
