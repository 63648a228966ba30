package dev.roster.mfa.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Secrets;
import dev.roster.mfa.entity.MfaNotEnabledException;
import dev.roster.users.control.AccountEvent;
import dev.roster.users.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A user's second factor, inside the calling service's transaction: the TOTP secret (on the
 * user's row) and the recovery codes (hashed, in their own rows). Each proof counts once: a
 * one-time code only for a later step than the last one accepted, a recovery code only while
 * unused, both decided by a conditional update, so that two requests racing with one code
 * cannot both succeed.
 */
@ApplicationScoped
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    /** Recovery codes are 16 characters of this alphabet (80 bits; no 0/o, 1/l), shown in groups of four. */
    static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_LENGTH = 16;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final SecureRandom random = new SecureRandom();

    protected SecondFactors() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public SecondFactors(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /** Starts an enrolment (or starts it again): the new secret, which the user's app takes and a first code confirms. */
    public String startEnrolment(User user) {
        String secret = Totp.newSecret(random);
        user.startTotpEnrolment(secret);
        return secret;
    }

    /** Confirms the pending enrolment when {@code code} is its current code; that code's step is then used. */
    public boolean confirm(User user, String code, Instant now) {
        if (user.getTotpPendingSecret() == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(user.getTotpPendingSecret(), code, now);
        if (step.isEmpty()) {
            return false;
        }
        user.confirmTotp(now);
        em.flush();
        em.createNativeQuery("update users set totp_last_step = ?1 where id = ?2")
                .setParameter(1, step.getAsLong()).setParameter(2, user.getId()).executeUpdate();
        return true;
    }

    /** Whether {@code code} is a current one-time code of the user's confirmed secret, not used before; if so it is used now. */
    public boolean acceptCode(User user, String code, Instant now) {
        if (!user.isMfaEnabled()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(user.getTotpSecret(), code, now);
        return step.isPresent() && em.createNativeQuery(
                        "update users set totp_last_step = ?1 where id = ?2 and (totp_last_step is null or totp_last_step < ?1)")
                .setParameter(1, step.getAsLong()).setParameter(2, user.getId()).executeUpdate() == 1;
    }

    /** Whether {@code code} is an unused recovery code of the user; if so it is used now. */
    public boolean useRecoveryCode(String userId, String code, Instant now) {
        String normalized = normalizeRecoveryCode(code);
        return normalized != null && em.createNativeQuery(
                        "update recovery_codes set used_at = ?1 where user_id = ?2 and code_hash = ?3 and used_at is null")
                .setParameter(1, now).setParameter(2, userId).setParameter(3, Secrets.sha256(normalized)).executeUpdate() == 1;
    }

    /** Whether the code is either proof: a one-time code or a recovery code (each used up by the check). */
    public boolean acceptCodeOrRecoveryCode(User user, String code, Instant now) {
        return acceptCode(user, code, now) || useRecoveryCode(user.getId(), code, now);
    }

    /** New recovery codes, replacing the user's old ones; shown once, kept only as hashes. */
    public List<String> newRecoveryCodes(String userId) {
        deleteRecoveryCodes(userId);
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder(RECOVERY_CODE_LENGTH + 3);
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
            em.createNativeQuery("insert into recovery_codes (user_id, code_hash) values (?1, ?2)")
                    .setParameter(1, userId).setParameter(2, Secrets.sha256(normalizeRecoveryCode(code.toString()))).executeUpdate();
        }
        return codes;
    }

    public long recoveryCodesLeft(String userId) {
        return ((Number) em.createNativeQuery("select count(*) from recovery_codes where user_id = ?1 and used_at is null")
                .setParameter(1, userId).getSingleResult()).longValue();
    }

    /** Logging in takes the password alone again: the secret and the recovery codes go. */
    public void disable(User user, Instant now) {
        user.disableTotp(now);
        deleteRecoveryCodes(user.getId());
    }

    /**
     * An administrator's reset (or the command line's) of the user's second factor, the answer to
     * a lost or stolen one: it goes, and the user's sessions end ({@link AccountEvent.MfaReset},
     * handed to {@code events}, which observe it in the same transaction).
     *
     * @throws MfaNotEnabledException when the user has no second factor
     */
    public void reset(Actor actor, User user, Consumer<AccountEvent> events) {
        if (!user.isMfaEnabled()) {
            throw new MfaNotEnabledException();
        }
        disable(user, Instant.now());
        events.accept(new AccountEvent.MfaReset(user.getId()));
        audit.success(actor, AuditAction.MFA_RESET, AuditTarget.user(user.getId(), user.getEmail()), List.of(), "Sessions ended");
    }

    private void deleteRecoveryCodes(String userId) {
        em.createNativeQuery("delete from recovery_codes where user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    /** A recovery code as typed (any case, with or without its dashes and spaces), or null when it cannot be one. */
    static String normalizeRecoveryCode(String code) {
        if (code == null || code.length() > 64) {
            return null;
        }
        String compact = code.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return compact.length() == RECOVERY_CODE_LENGTH && compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? compact : null;
    }
}
