package dev.roster.sessions;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.kernel.TokenClaims;
import dev.roster.sessions.control.TokenCodec;
import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import dev.roster.users.control.PasswordHasher;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, logout, the caller's own profile, and every way a token can be bad, over HTTP. */
class AuthIT extends IntegrationTest {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    JsonObject admin;

    @BeforeEach
    void installationWithOneAdmin() {
        admin = freshInstallation();
    }

    // --- login ---

    @Test
    void loginAnswersTokenUserAndLifetime() {
        Api.Reply reply = api.post("auth/login", json("email", " ADMIN@example.com ", "password", PASSWORD), null);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals(86400, body.getInt("expires_in"));
        assertEquals(ADMIN, body.getJsonObject("user").getString("email"));
        assertFalse(body.getJsonObject("user").isNull("last_login_at"));
        assertFalse(reply.body().contains("argon2"), "no password hash on the wire");
        String cookie = reply.header("Set-Cookie");
        assertTrue(cookie.startsWith("roster_session=" + body.getString("token")), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Max-Age"), "without remember_me the cookie ends with the browser: " + cookie);
    }

    @Test
    void behindATrustedProxyThatTerminatedTlsTheCookieIsSecure() {
        // The tests' server trusts 127.0.0.1 as a proxy; plain HTTP from it is not HTTPS unless it says so.
        String plain = api.post("auth/login", json("email", ADMIN, "password", PASSWORD), null).header("Set-Cookie");
        assertFalse(plain.contains("Secure"), plain);

        Api.Reply proxied = api.send("POST", "auth/login", json("email", ADMIN, "password", PASSWORD), null, Map.of("X-Forwarded-Proto", "https"));
        assertTrue(proxied.header("Set-Cookie").contains("Secure"), proxied.header("Set-Cookie"));
        assertTrue(proxied.header("Strict-Transport-Security").startsWith("max-age="), proxied::toString);
    }

    @Test
    void rememberMeLastsSevenDays() throws Exception {
        Api.Reply reply = api.post("auth/login", json("email", ADMIN, "password", PASSWORD, "remember_me", true), null);

        assertEquals(604800, reply.json().getInt("expires_in"));
        assertTrue(reply.header("Set-Cookie").contains("Max-Age=604800"), reply.header("Set-Cookie"));
        SignedJWT jwt = SignedJWT.parse(reply.json().getString("token"));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(604800, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
        assertEquals(1, TestDatabase.count("select count(*) from sessions where id = ? and remember_me", claims.getJWTID()));
    }

    @Test
    void tokenCarriesTheMicroProfileClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(api.login(ADMIN, PASSWORD));

        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(TestDatabase.single("select kid from signing_keys where retired_at is null"), jwt.getHeader().getKeyID());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("roster", claims.getIssuer());
        assertEquals(admin.getString("user_id"), claims.getSubject());
        assertEquals(ADMIN, claims.getStringClaim("upn"));
        assertEquals(List.of("admin", "user"), claims.getStringListClaim("groups"));
        String session = claims.getJWTID();
        assertEquals(ADMIN, TestDatabase.single("select u.email from sessions s join users u on u.id = s.user_id where s.id = ?", session));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Api.Reply wrong = api.post("auth/login", json("email", ADMIN, "password", "Wrong-Passw0rd"), null);
        Api.Reply unknown = api.post("auth/login", json("email", "nobody@example.com", "password", PASSWORD), null);

        assertProblem(wrong, 401, "Incorrect email or password");
        assertProblem(unknown, 401, "Incorrect email or password");
        assertEquals(wrong.body(), unknown.body());
        assertEquals(0, TestDatabase.count("select count(*) from sessions"));
    }

    @Test
    void deactivatedAccountIsRefusedOnlyWithTheRightPassword() {
        TestDatabase.update("update users set is_active = false where email = ?", ADMIN);

        assertProblem(api.post("auth/login", json("email", ADMIN, "password", PASSWORD), null), 403, "User account is inactive");
        assertProblem(api.post("auth/login", json("email", ADMIN, "password", "Wrong-Passw0rd"), null), 401, "Incorrect email or password");
    }

    @Test
    void loginRejectsBrokenInput() {
        assertInvalid(api.post("auth/login", json("password", PASSWORD), null), "email");
        assertInvalid(api.post("auth/login", json("email", ADMIN), null), "password");
        assertInvalid(api.post("auth/login", json("email", ADMIN, "password", "x".repeat(1025)), null), "password");
        assertProblem(api.post("auth/login", json("email", ADMIN, "password", PASSWORD, "remember_me", "yes"), null), 400,
                "Field 'remember_me' must be true or false");
        assertProblem(api.post("auth/login", json("email", ADMIN, "password", 12345678), null), 400);
        assertProblem(api.post("auth/login", "{\"email\":", null), 400);
        assertProblem(api.send("POST", "auth/login", null, null, Map.of("Content-Type", "text/plain")), 415);
    }

    @Test
    void loginUpgradesAHashMadeWithWeakerParameters() {
        String weak = new PasswordHasher(8192, 1, 1).hash(PASSWORD);
        TestDatabase.update("update users set password_hash = ? where email = ?", weak, ADMIN);
        String version = TestDatabase.single("select version from users where email = ?", ADMIN);

        api.login(ADMIN, PASSWORD);

        String upgraded = TestDatabase.single("select password_hash from users where email = ?", ADMIN);
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
        assertEquals(version, TestDatabase.single("select version from users where email = ?", ADMIN), "an upgrade is no edit");
        api.login(ADMIN, PASSWORD);
    }

    @Test
    void aPasswordIsOneInEveryUnicodeFormAndOldHashesOfAnotherFormAreMadeAgain() {
        String composed = PASSWORD + "-Caf\u00e9";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        api.createUser(json("email", "cafe@example.com", "password", composed), api.login(ADMIN, PASSWORD));
        api.login("cafe@example.com", decomposed);

        // A hash made before passwords were normalised, from the form the user typed then.
        byte[] salt = "sixteen-byte-sal".getBytes(StandardCharsets.US_ASCII);
        byte[] hash = new byte[32];
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(19456).withIterations(2).withParallelism(1).build());
        argon2.generateBytes(decomposed.getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String old = "$argon2id$v=19$m=19456,t=2,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        TestDatabase.update("update users set password_hash = ? where email = ?", old, "cafe@example.com");
        assertProblem(api.post("auth/login", json("email", "cafe@example.com", "password", composed), null), 401);

        api.login("cafe@example.com", decomposed);

        assertNotEquals(old, TestDatabase.single("select password_hash from users where email = ?", "cafe@example.com"));
        api.login("cafe@example.com", composed);
    }

    // --- me, by bearer token and by cookie ---

    @Test
    void meAnswersTheCallerByTokenOrCookie() {
        String token = api.login(ADMIN, PASSWORD);

        Api.Reply byToken = api.get("auth/me", token);
        Api.Reply byCookie = api.send("GET", "auth/me", null, null, Map.of("Cookie", "roster_session=" + token));

        assertEquals(200, byToken.status(), byToken::toString);
        assertEquals(admin.getString("user_id"), byToken.json().getString("user_id"));
        assertEquals(200, byCookie.status(), byCookie::toString);
        assertEquals(ADMIN, byCookie.json().getString("email"));
    }

    @Test
    void meAnswersWhatTheUserRowSays() {
        // /auth/me answers from authentication's own read of the row (JDBC); an admin reads the same row through JPA.
        String token = api.login(ADMIN, PASSWORD);
        api.patch("auth/me", json("display_name", "Grace Hopper 🚀"), token);

        JsonObject me = api.get("auth/me", token).json();
        JsonObject row = api.get("auth/users/" + admin.getString("user_id"), token).json();

        for (String field : List.of("user_id", "email", "display_name", "is_admin", "is_active", "created_at", "updated_at", "last_login_at")) {
            assertEquals(row.get(field), me.get(field), field);
        }
        assertFalse(me.isNull("last_login_at"));
    }

    @Test
    void aProtectedPageSendsABrowserWithoutAUsableSessionToTheLoginPage() {
        // The authentication module's own answers for a page under web.xml's constraints: a redirect, or for a Faces
        // Ajax request a partial response that tells the page to go there; a cookie that no longer works is cleared.
        String page = "../../admin/users?x=1";
        String next = "/login?next=%2Fadmin%2Fusers%3Fx%3D1";

        Api.Reply anonymous = api.send("GET", page, null, null, Map.of());
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.header("Location").endsWith(next), anonymous.header("Location"));

        Api.Reply ajax = api.send("GET", page, null, null, Map.of("Faces-Request", "partial/ajax"));
        assertEquals(200, ajax.status());
        assertTrue(ajax.header("Content-Type").startsWith("text/xml"), ajax.header("Content-Type"));
        assertTrue(ajax.body().matches("<\\?xml [^>]*\\?><partial-response><redirect url=\"[^\"]*" + next.replace("?", "\\?")
                + "\"/></partial-response>"), ajax.body());

        Map<String, String> staleCookie = Map.of("Cookie", "roster_session=not-a-token", "Faces-Request", "partial/ajax");
        Api.Reply stale = api.send("GET", page, null, null, staleCookie);
        assertTrue(stale.body().contains(next + "&amp;expired=true\""), stale.body());
        assertTrue(stale.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("roster_session=") && c.contains("Max-Age=0")),
                stale.headers().allValues("Set-Cookie").toString());

        String token = api.login(ADMIN, PASSWORD);
        assertEquals(200, api.send("GET", page, null, null, Map.of("Cookie", "roster_session=" + token)).status());
    }

    @Test
    void meWithoutCredentialsIs401WithBearerChallenge() {
        Api.Reply reply = api.get("auth/me", null);

        assertProblem(reply, 401);
        assertEquals("Bearer", reply.header("WWW-Authenticate"));
        assertProblem(api.send("GET", "auth/me", null, null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")), 401);
    }

    @Test
    void logoutRevokesTheSessionAtOnce() {
        String token = api.login(ADMIN, PASSWORD);
        String other = api.login(ADMIN, PASSWORD);

        Api.Reply logout = api.post("auth/logout", null, token);

        assertEquals(200, logout.status(), logout::toString);
        assertTrue(logout.json().getBoolean("success"));
        assertTrue(logout.header("Set-Cookie").contains("Max-Age=0"), "the cookie is cleared");
        assertProblem(api.get("auth/me", token), 401);
        assertProblem(api.post("auth/logout", null, token), 401);
        assertEquals(200, api.get("auth/me", other).status(), "other sessions live on");
    }

    @Test
    void displayNameChangesAndClears() {
        String token = api.login(ADMIN, PASSWORD);

        Api.Reply renamed = api.patch("auth/me", json("display_name", "  Grace Hopper  "), token);
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Grace Hopper", renamed.json().getString("display_name"));
        assertNotEquals(admin.getString("updated_at"), renamed.json().getString("updated_at"));

        assertEquals("Grace Hopper", api.patch("auth/me", json(), token).json().getString("display_name"), "absent leaves it");
        assertTrue(api.patch("auth/me", json("display_name", null), token).json().isNull("display_name"), "null clears it");

        assertInvalid(api.patch("auth/me", json("display_name", "x".repeat(101)), token), "display_name");
        assertInvalid(api.patch("auth/me", json("display_name", "tab\there"), token), "display_name");
        assertProblem(api.patch("auth/me", json("display_name", 7), token), 400, "Field 'display_name' must be a string");
        assertProblem(api.patch("auth/me", "not json", token), 400);
        assertTrue(api.get("auth/me", token).json().isNull("display_name"), "refused changes wrote nothing");
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        String token = api.login(ADMIN, PASSWORD);

        assertProblem(api.patch("auth/me", json("new_password", "N3w-Password"), token), 400,
                "Current password is required to set a new password");
        assertProblem(api.patch("auth/me", json("new_password", "N3w-Password", "current_password", "Wrong-Passw0rd"), token), 400,
                "Current password is incorrect");
        assertInvalid(api.patch("auth/me", json("new_password", "weak", "current_password", PASSWORD), token), "new_password");
        assertProblem(api.patch("auth/me", json("display_name", "Changed", "new_password", "N3w-Password",
                "current_password", "Wrong-Passw0rd"), token), 400, "Current password is incorrect");

        assertEquals("First Admin", api.get("auth/me", token).json().getString("display_name"), "a refused change writes nothing");
        api.login(ADMIN, PASSWORD);
    }

    @Test
    void passwordChangeEndsTheOtherSessionsOnly() {
        String current = api.login(ADMIN, PASSWORD);
        String other = api.login(ADMIN, PASSWORD);

        Api.Reply changed = api.patch("auth/me", json("current_password", PASSWORD, "new_password", "N3w-Password"), current);

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(200, api.get("auth/me", current).status());
        assertProblem(api.get("auth/me", other), 401);
        assertProblem(api.post("auth/login", json("email", ADMIN, "password", PASSWORD), null), 401, "Incorrect email or password");
        api.login(ADMIN, "N3w-Password");
    }

    // --- the server, not the token, decides ---

    @Test
    void deactivationExpiryAndDeletionEndTokensAtOnce() {
        String token = api.login(ADMIN, PASSWORD);
        String jti = jti(token);

        TestDatabase.update("update users set is_active = false where email = ?", ADMIN);
        assertProblem(api.get("auth/me", token), 401);
        TestDatabase.update("update users set is_active = true where email = ?", ADMIN);
        assertEquals(200, api.get("auth/me", token).status());

        TestDatabase.update("update sessions set expires_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(5)), jti);
        assertProblem(api.get("auth/me", token), 401);

        String another = api.login(ADMIN, PASSWORD);
        TestDatabase.reset();
        assertProblem(api.get("auth/me", another), 401);
    }

    // --- forged tokens ---

    @Test
    void unsignedTokenIsRefused() {
        String token = api.login(ADMIN, PASSWORD);
        String[] parts = token.split("\\.");
        String none = B64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertProblem(api.get("auth/me", none + "." + parts[1] + "."), 401);
        assertProblem(api.get("auth/me", none + "." + parts[1] + "." + parts[2]), 401);
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        String token = api.login(ADMIN, PASSWORD);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = B64URL.encodeToString(payload.replace(ADMIN, "mallory@example.com").getBytes(StandardCharsets.UTF_8));

        assertProblem(api.get("auth/me", parts[0] + "." + tampered + "." + parts[2]), 401);
        assertProblem(api.get("auth/me", parts[0] + "." + parts[1] + "." + parts[2].substring(3)), 401);
        assertProblem(api.get("auth/me", "garbage"), 401);
    }

    @Test
    void hmacTokensAreRefusedWhateverTheSecret() throws Exception {
        String token = api.login(ADMIN, PASSWORD);
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        String kid = SignedJWT.parse(token).getHeader().getKeyID();
        byte[] publicKey = Base64.getDecoder().decode(TestDatabase.single("select public_key from signing_keys where kid = ?", kid));

        for (byte[] secret : List.of("roster-secret-roster-secret-roster".getBytes(StandardCharsets.UTF_8), publicKey)) {
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
            forged.sign(new MACSigner(secret));
            assertProblem(api.get("auth/me", forged.serialize()), 401);
        }
    }

    @Test
    void expiredForeignAndMisissuedTokensAreRefused() throws Exception {
        String token = api.login(ADMIN, PASSWORD);
        String kid = SignedJWT.parse(token).getHeader().getKeyID();
        RSAPrivateKey roster = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(TestDatabase.single("select private_key from signing_keys where kid = ?", kid))));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey foreign = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TokenClaims live = new TokenClaims(admin.getString("user_id"), ADMIN, List.of("admin", "user"), now, now.plusSeconds(600), jti(token));
        TokenClaims expired = new TokenClaims(live.subject(), ADMIN, live.groups(), now.minusSeconds(600), now.minusSeconds(1), live.sessionId());

        assertEquals(200, api.get("auth/me", new TokenCodec("roster").sign(live, kid, roster)).status(), "the control: a well-made token works");
        assertProblem(api.get("auth/me", new TokenCodec("roster").sign(expired, kid, roster)), 401);
        assertProblem(api.get("auth/me", new TokenCodec("someone-else").sign(live, kid, roster)), 401);
        assertProblem(api.get("auth/me", new TokenCodec("roster").sign(live, kid, foreign)), 401);
        assertProblem(api.get("auth/me", new TokenCodec("roster").sign(live, "unknown-kid", foreign)), 401);
        TokenClaims otherSession = new TokenClaims(live.subject(), ADMIN, live.groups(), now, now.plusSeconds(600), "00000000-0000-0000-0000-000000000000");
        assertProblem(api.get("auth/me", new TokenCodec("roster").sign(otherSession, kid, roster)), 401);
    }

    private static String jti(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
