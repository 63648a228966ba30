package dev.roster.sessions.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import dev.roster.sessions.entity.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
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
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keys that sign and verify tokens. On first start one node generates an RSA key pair
 * and stores it (the {@code signing_keys} lock row keeps two nodes from both doing so);
 * every node then loads the same keys. Reads are lock-free: the keys are immutable snapshots.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys {

    private static final int RSA_BITS = 2048;

    @PersistenceContext
    EntityManager em;

    private volatile Signer signer;
    private volatile Map<String, RSAPublicKey> publicKeys = Map.of();

    /** The key that signs new tokens, with its id ({@code kid}). */
    public record Signer(String kid, RSAPrivateKey privateKey) {
    }

    @PostConstruct
    void load() {
        em.createNativeQuery("select name from locks where name = 'signing_keys' for update").getResultList();
        List<SigningKey> keys = em.createQuery("select k from SigningKey k order by k.createdAt desc", SigningKey.class).getResultList();
        if (keys.stream().noneMatch(k -> k.getRetiredAt() == null)) {
            SigningKey generated = generate();
            em.persist(generated);
            keys = List.of(generated);
        }
        SigningKey active = keys.stream().filter(k -> k.getRetiredAt() == null).findFirst().orElseThrow();
        publicKeys = keys.stream().collect(Collectors.toUnmodifiableMap(SigningKey::getKid, k -> decodePublicKey(k.getPublicKey())));
        signer = new Signer(active.getKid(), decodePrivateKey(active.getPrivateKey()));
    }

    public Signer signer() {
        return signer;
    }

    public Optional<RSAPublicKey> publicKey(String kid) {
        return Optional.ofNullable(publicKeys.get(kid));
    }

    private static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            // RFC 7638 thumbprint: a kid that other services can recompute from the key itself.
            String kid = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).build().computeThumbprint().toString();
            Base64.Encoder b64 = Base64.getEncoder();
            return new SigningKey(kid, b64.encodeToString(pair.getPublic().getEncoded()),
                    b64.encodeToString(pair.getPrivate().getEncoded()), Instant.now());
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
