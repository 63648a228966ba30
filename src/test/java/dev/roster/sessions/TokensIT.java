package dev.roster.sessions;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.testing.Api;
import dev.roster.testing.ConsumerService;
import dev.roster.testing.IntegrationTest;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What other services rely on: the JWKS, signing-key rotation, introspection, and a real MicroProfile JWT consumer. */
class TokensIT extends IntegrationTest {

    private static final String USER = "user@example.com";

    String admin;

    @BeforeEach
    void installationWithOneAdmin() {
        admin = freshInstallationAsAdmin();
    }

    private JWKSet jwks() throws Exception {
        Api.Reply reply = api.get("auth/jwks", null);
        assertEquals(200, reply.status(), reply::toString);
        return JWKSet.parse(reply.body());
    }

    private static boolean verifies(String token, JWKSet keys) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key.toRSAKey()));
    }

    @Test
    void theJwksVerifiesLoginTokensAndHoldsNoPrivateParts() throws Exception {
        JWKSet keys = jwks();

        assertTrue(verifies(admin, keys));
        for (JWK key : keys.getKeys()) {
            assertFalse(key.isPrivate(), "public keys only");
            assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
            assertEquals(JWSAlgorithm.RS256, key.getAlgorithm());
        }
        JWTClaimsSet claims = SignedJWT.parse(admin).getJWTClaimsSet();
        assertEquals("roster", claims.getIssuer());
        assertEquals(ADMIN, claims.getStringClaim("upn"));
        assertEquals(List.of("admin", "user"), claims.getStringListClaim("groups"));
    }

    @Test
    void rotationSignsWithANewKeyAndKeepsOldTokensValid() throws Exception {
        String kidBefore = SignedJWT.parse(admin).getHeader().getKeyID();

        Api.Reply rotated = api.post("auth/signing-keys/rotate", null, admin);

        assertEquals(201, rotated.status(), rotated::toString);
        String kidAfter = rotated.json().getString("kid");
        assertNotEquals(kidBefore, kidAfter);
        assertEquals(200, api.get("auth/me", admin).status(), "a token of the old key still works");
        String fresh = api.login(ADMIN, PASSWORD);
        assertEquals(kidAfter, SignedJWT.parse(fresh).getHeader().getKeyID());
        JWKSet keys = jwks();
        assertTrue(verifies(admin, keys), "the JWKS keeps the old key while its tokens live");
        assertTrue(verifies(fresh, keys));
        assertEquals(200, api.get("auth/me", fresh).status());

        api.post("auth/users", json("email", USER, "password", PASSWORD), admin);
        String user = api.login(USER, PASSWORD);
        assertProblem(api.post("auth/signing-keys/rotate", null, user), 403, "Admin privileges required");
        assertProblem(api.post("auth/signing-keys/rotate", null, null), 401);
    }

    @Test
    void introspectionTellsLiveFromRevokedAndGarbage() throws Exception {
        api.post("auth/users", json("email", USER, "password", PASSWORD), admin);
        String user = api.login(USER, PASSWORD);

        JsonObject live = api.post("auth/introspect", json("token", user), admin).json();
        assertTrue(live.getBoolean("active"));
        assertEquals(USER, live.getString("upn"));
        assertEquals(SignedJWT.parse(user).getJWTClaimsSet().getSubject(), live.getString("sub"));
        assertEquals(List.of("user"), live.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(SignedJWT.parse(user).getJWTClaimsSet().getJWTID(), live.getString("jti"));
        assertTrue(live.getJsonNumber("exp").longValue() > Instant.now().getEpochSecond());
        assertTrue(live.getJsonNumber("iat").longValue() <= Instant.now().getEpochSecond());

        String key = api.post("auth/api-keys", json("name", "svc"), user).json().getString("key");
        JsonObject byKey = api.post("auth/introspect", json("token", user), key).json();
        assertTrue(byKey.getBoolean("active"), "a service may introspect with an API key");
        JsonObject keyItself = api.post("auth/introspect", json("token", key), admin).json();
        assertTrue(keyItself.getBoolean("active"));
        assertEquals("api_key", keyItself.getString("token_type"));

        api.post("auth/logout", null, user);
        JsonObject revoked = api.post("auth/introspect", json("token", user), admin).json();
        assertEquals(java.util.Set.of("active"), revoked.keySet(), "an inactive token tells nothing more");
        assertFalse(revoked.getBoolean("active"));
        assertFalse(api.post("auth/introspect", json("token", "garbage.garbage.garbage"), admin).json().getBoolean("active"));
        assertFalse(api.post("auth/introspect", json("token", ""), admin).json().getBoolean("active"));

        Api.Reply form = api.send("POST", "auth/introspect", null, admin, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertFalse(form.json().getBoolean("active"), form::toString);
        HttpRequest formPost = HttpRequest.newBuilder(api.base().resolve("auth/introspect"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + admin)).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(formPost, HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("\"active\":true"), answer.body());

        assertProblem(api.post("auth/introspect", json("token", admin), null), 401);
        assertProblem(api.post("auth/introspect", "[1,2]", admin), 400);
    }

    @Test
    void aMicroProfileServiceTrustsRosterTokensAndNothingElse() throws Exception {
        URI jwks = api.base().resolve("auth/jwks");
        String userId = api.createUser(json("email", USER, "password", PASSWORD), admin);
        String eng = api.post("groups", json("name", "eng"), admin).json().getString("group_id");
        api.post("groups/" + eng + "/members", json("user_ids", Api.array(userId)), admin);
        String user = api.login(USER, PASSWORD);
        try (ConsumerService consumer = ConsumerService.start(jwks, "roster")) {
            Api service = new Api(consumer.base());

            Api.Reply asAdmin = service.get("whoami", admin);
            assertEquals(200, asAdmin.status(), asAdmin::toString);
            assertEquals(ADMIN, asAdmin.json().getString("name"));
            assertTrue(asAdmin.json().getBoolean("admin"));
            Api.Reply asUser = service.get("whoami", user);
            assertEquals(200, asUser.status(), asUser::toString);
            assertEquals(USER, asUser.json().getString("name"));
            assertFalse(asUser.json().getBoolean("admin"));
            // Roster's groups are roles to the service: @RolesAllowed("eng") lets in the member, not the administrator.
            Api.Reply engineering = service.get("engineering", user);
            assertEquals(200, engineering.status(), engineering::toString);
            assertEquals("welcome to engineering", engineering.body());
            assertEquals(403, service.get("engineering", admin).status());

            // Signed by a key that is not Roster's, under Roster's kid and issuer.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var foreign = generator.generateKeyPair();
            SignedJWT real = SignedJWT.parse(admin);
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(real.getHeader().getKeyID()).build(), real.getJWTClaimsSet());
            forged.sign(new RSASSASigner((RSAPrivateKey) foreign.getPrivate()));
            assertEquals(401, service.get("whoami", forged.serialize()).status());
            // Tampered payload: the user's token claiming admin.
            String[] parts = user.split("\\.");
            String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("[\"user\",\"eng\"]", "[\"admin\",\"user\",\"eng\"]").getBytes());
            assertEquals(401, service.get("whoami", parts[0] + "." + payload + "." + parts[2]).status());
            assertEquals(401, service.get("whoami", null).status());
        }
    }
}
