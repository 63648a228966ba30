package dev.roster.users.control;

import dev.roster.problems.FieldErrors;
import dev.roster.users.entity.DuplicateEmailException;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds users and creates them under the one set of rules. Runs inside the calling
 * service's transaction.
 */
@ApplicationScoped
public class Users {

    private static final int DUPLICATE_KEY = 1062;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    public Optional<User> findByEmail(String email) {
        String normalized = UserRules.normalizeEmail(email);
        if (normalized == null || normalized.isEmpty() || normalized.length() > User.EMAIL_MAX) {
            return Optional.empty();
        }
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", normalized)
                .getResultStream()
                .findFirst();
    }

    public User getById(String id) {
        User user = id == null ? null : em.find(User.class, id);
        if (user == null) {
            throw new UserNotFoundException();
        }
        return user;
    }

    /**
     * Stores a hash of the same password made with the current parameters. Not an edit: it
     * neither bumps the row version nor overwrites a password changed in the meantime.
     */
    public void upgradeHash(User user, String newHash) {
        em.createQuery("update User u set u.passwordHash = :new where u.id = :id and u.passwordHash = :old")
                .setParameter("new", newHash)
                .setParameter("id", user.getId())
                .setParameter("old", user.getPasswordHash())
                .executeUpdate();
    }

    public long countActiveAdministrators() {
        return em.createQuery("select count(u) from User u where u.admin = true and u.active = true", Long.class)
                .getSingleResult();
    }

    /**
     * Validates, hashes and stores a new, active user.
     *
     * @throws dev.roster.problems.InvalidInputException naming every field that breaks a rule
     * @throws DuplicateEmailException when the (normalised) email is taken
     */
    public User create(String rawEmail, String rawDisplayName, String password, boolean admin) {
        FieldErrors errors = new FieldErrors();
        String email = UserRules.email(rawEmail, "email", errors);
        String displayName = UserRules.displayName(rawDisplayName, "display_name", errors);
        policy.violation(password).ifPresent(rule -> errors.add("password", rule));
        errors.throwIfAny();

        User user = new User(email, displayName, hasher.hash(password), admin, Instant.now());
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new DuplicateEmailException(email);
            }
            throw e;
        }
        return user;
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
