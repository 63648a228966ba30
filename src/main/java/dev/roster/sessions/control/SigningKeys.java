package dev.roster.sessions.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.roster.sessions.entity.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys that sign and verify tokens. On first start one node generates an RSA key pair
 * and stores it (the {@code signing_keys} lock row keeps two nodes from both doing so);
 * every node then loads the same keys. A rotation retires the signing key and makes a new
 * one; a retired key still verifies until every token it signed has expired (the longest
 * session lifetime after its retirement), and stays in the JWKS until then. Nodes pick up
 * another node's rotation within a minute, or at once when they meet a token with an
 * unknown {@code kid}. Reads are lock-free: the keys are immutable snapshots.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys {

    private static final int RSA_BITS = 2048;
    /** How often an unknown kid may make this node look for new keys: forged kids cannot make it hammer the database. */
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionLifetimes lifetimes;

    private volatile Keys keys = new Keys(null, Map.of(), List.of());
    private volatile Instant loadedAt = Instant.EPOCH;

    /** The key that signs new tokens, with its id ({@code kid}). */
    public record Signer(String kid, RSAPrivateKey privateKey) {
    }

    /** One consistent view: the signer, every key that still verifies, and those as public JWKs (newest first). */
    private record Keys(Signer signer, Map<String, RSAPublicKey> verifying, List<JWK> published) {
    }

    @PostConstruct
    void start() {
        lockKeys();
        if (activeKeys().isEmpty()) {
            em.persist(generate(Instant.now()));
            em.flush();
        }
        load();
    }

    /** Picks up a rotation made by another node. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void refresh() {
        load();
    }

    /**
     * Retires the signing key and starts signing with a new one, for every node.
     *
     * @return the new key's id
     */
    public String rotate() {
        lockKeys();
        Instant now = Instant.now();
        activeKeys().forEach(key -> key.retire(now));
        SigningKey generated = generate(now);
        em.persist(generated);
        em.flush();
        load();
        return generated.getKid();
    }

    public Signer signer() {
        return keys.signer();
    }

    public Optional<RSAPublicKey> publicKey(String kid) {
        RSAPublicKey key = keys.verifying().get(kid);
        if (key == null && loadedAt.plus(RELOAD_AT_MOST_EVERY).isBefore(Instant.now())) {
            load();
            key = keys.verifying().get(kid);
        }
        return Optional.ofNullable(key);
    }

    /** The public keys that verify Roster's tokens, as a JWK Set ({@code kid}, {@code use: sig}, {@code alg: RS256}). */
    public JWKSet jwks() {
        return new JWKSet(keys.published());
    }

    private void load() {
        Instant now = Instant.now();
        Instant retiredSince = now.minus(lifetimes.longest());
        List<SigningKey> stored = em.createQuery("select k from SigningKey k where k.retiredAt is null or k.retiredAt > :since"
                + " order by k.createdAt desc", SigningKey.class).setParameter("since", retiredSince).getResultList();
        SigningKey active = stored.stream().filter(k -> k.getRetiredAt() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active signing key"));
        Map<String, RSAPublicKey> verifying = new LinkedHashMap<>();
        List<JWK> published = new ArrayList<>();
        for (SigningKey key : stored) {
            RSAPublicKey publicKey = decodePublicKey(key.getPublicKey());
            verifying.put(key.getKid(), publicKey);
            published.add(new RSAKey.Builder(publicKey).keyID(key.getKid()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build());
        }
        keys = new Keys(new Signer(active.getKid(), decodePrivateKey(active.getPrivateKey())), Map.copyOf(verifying), List.copyOf(published));
        loadedAt = now;
    }

    private void lockKeys() {
        em.createNativeQuery("select name from locks where name = 'signing_keys' for update").getResultList();
    }

    private List<SigningKey> activeKeys() {
        return em.createQuery("select k from SigningKey k where k.retiredAt is null", SigningKey.class).getResultList();
    }

    private static SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            // RFC 7638 thumbprint: a kid that other services can recompute from the key itself.
            String kid = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).build().computeThumbprint().toString();
            Base64.Encoder b64 = Base64.getEncoder();
            return new SigningKey(kid, b64.encodeToString(pair.getPublic().getEncoded()),
                    b64.encodeToString(pair.getPrivate().getEncoded()), now);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("A signing key could not be generated", e);
        }
    }

    private static RSAPublicKey decodePublicKey(String encoded) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored public key is unreadable", e);
        }
    }

    private static RSAPrivateKey decodePrivateKey(String encoded) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored private key is unreadable", e);
        }
    }
}
