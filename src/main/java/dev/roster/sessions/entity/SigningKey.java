package dev.roster.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An RSA key pair that signs tokens, kept in the database so that every node signs and
 * verifies alike. Keys are encoded as Base64 of X.509 (public) and PKCS#8 (private).
 */
@Entity
@Table(name = "signing_keys")
public class SigningKey {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "private_key", nullable = false)
    private String privateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String publicKey, String privateKey, Instant now) {
        this.kid = kid;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = now;
    }

    public String getKid() {
        return kid;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    /** Stops signing with this key; it still verifies the tokens it signed until they expire. */
    public void retire(Instant now) {
        this.retiredAt = now;
    }
}
