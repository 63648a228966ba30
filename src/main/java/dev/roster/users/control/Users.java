package dev.roster.users.control;

import dev.roster.kernel.Ids;
import dev.roster.kernel.Limits;
import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.users.entity.DuplicateEmailException;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserNotFoundException;
import dev.roster.users.entity.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds users and creates them under the one set of rules. Runs inside the calling
 * service's transaction.
 */
@ApplicationScoped
public class Users {

    private static final int DUPLICATE_KEY = 1062;
    /** From this many members on, a group's page is read in the users' order (see {@link #search}). */
    static final int LARGE_GROUP = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    protected Users() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public Users(EntityManager em, PasswordPolicy policy, PasswordHasher hasher) {
        this.em = em;
        this.policy = policy;
        this.hasher = hasher;
    }

    public Optional<User> findByEmail(String email) {
        return byEmail("select u from User u where u.email = :email", User.class, email);
    }

    /**
     * The id of the account with this email, without loading the account: a change that
     * loads it later, under the administrators' lock, then sees it as it is at that moment.
     */
    public Optional<String> findIdByEmail(String email) {
        return byEmail("select u.id from User u where u.email = :email", String.class, email);
    }

    private <T> Optional<T> byEmail(String jpql, Class<T> type, String email) {
        String normalized = UserRules.normalizeEmail(email);
        if (normalized == null || normalized.isEmpty() || normalized.length() > Limits.EMAIL_MAX) {
            return Optional.empty();
        }
        return em.createQuery(jpql, type)
                .setParameter("email", normalized)
                .getResultStream()
                .findFirst();
    }

    public Optional<User> findById(String id) {
        return Optional.ofNullable(Ids.isId(id) ? em.find(User.class, id) : null);
    }

    public User getById(String id) {
        return findById(id).orElseThrow(UserNotFoundException::new);
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

    /**
     * Records a login now, as a bulk update (no version bump, no collision with an edit made at
     * the same moment), and answers the user as the database now has them.
     */
    public User recordLogin(User user, Instant now) {
        em.createQuery("update User u set u.lastLoginAt = :now, u.lastSeenAt = :now where u.id = :id")
                .setParameter("now", now)
                .setParameter("id", user.getId())
                .executeUpdate();
        em.refresh(user);
        return user;
    }

    /**
     * Records activity through a session or a key. A bulk update, not an entity change: it
     * neither bumps the row version nor can collide with an edit made at the same moment.
     */
    public void recordActivity(String userId, Instant now) {
        em.createQuery("update User u set u.lastSeenAt = :now where u.id = :id")
                .setParameter("now", now)
                .setParameter("id", userId)
                .executeUpdate();
    }

    public long countActiveAdministrators() {
        return count(true, true, null);
    }

    /**
     * Validates, hashes and stores a new user, active or pending as the account says.
     *
     * @throws dev.roster.problems.InvalidInputException naming every field that breaks a rule
     * @throws DuplicateEmailException when the (normalised) email is taken
     */
    public User create(NewAccount account) {
        return create(account, false);
    }

    /**
     * As {@link #create(NewAccount)}; a password that {@link PasswordGenerator} made is hashed at
     * least cost ({@link PasswordHasher#hashGenerated}).
     */
    public User create(NewAccount account, boolean generatedPassword) {
        check(account);
        String hash = generatedPassword ? hasher.hashGenerated(account.password()) : hasher.hash(account.password());
        User user = new User(account.email(), account.displayName(), hash, account.admin(), account.status(), Instant.now());
        em.persist(user);
        flush(user);
        return user;
    }

    /**
     * Judges a new account as {@link #create} would, without hashing or writing anything.
     *
     * @throws dev.roster.problems.InvalidInputException naming every field that breaks a rule
     * @throws DuplicateEmailException when the (normalised) email is taken
     */
    public void check(NewAccount account) {
        FieldErrors errors = new FieldErrors();
        Constraints.check(account, errors);
        policy.violation(account.password()).ifPresent(rule -> errors.add("password", rule));
        errors.throwIfAny();
        requireFree(account.email(), null);
    }

    /**
     * Refuses an email that another account has, before any work is spent on the change.
     * This only spares the common case; the unique index is what decides a race ({@link #flush}).
     *
     * @throws DuplicateEmailException when the email belongs to an account other than {@code owner}
     */
    public void requireFree(String email, User owner) {
        Optional<User> holder = findByEmail(email);
        if (holder.isPresent() && holder.get() != owner) {
            throw new DuplicateEmailException(email);
        }
    }

    /**
     * Writes the user's pending changes now, so that a taken email surfaces as a refusal
     * rather than as a failed commit. The unique index decides, not a look-up beforehand.
     *
     * @throws DuplicateEmailException when the user's email belongs to another account
     */
    public void flush(User user) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new DuplicateEmailException(user.getEmail());
            }
            throw e;
        }
    }

    public void delete(User user) {
        em.remove(user);
        em.flush();
    }

    /**
     * One page of users and the number of users matching the query's filters. Totals come
     * from the trigger-kept {@code user_counts} unless there is a search or a group (a group
     * alone: its memberships counted on their index); a search is a full-text look-up (see
     * {@link UserSearch}); the page's ids come from an index scan (from the far end when that is
     * shorter) and only those rows are then read whole.
     */
    public UserPage search(UserQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String index = "";
        UserSearch search = UserSearch.of(query.search());
        if (search != null) {
            conditions.add(search.condition());
            parameters.addAll(search.parameters());
            index = search.indexHint();
        }
        if (query.admin() != null) {
            conditions.add("u.is_admin = ?");
            parameters.add(query.admin());
        }
        if (query.active() != null) {
            conditions.add("u.is_active = ?");
            parameters.add(query.active());
        }
        if (query.mfa() != null) {
            conditions.add(query.mfa() ? "u.totp_secret is not null" : "u.totp_secret is null");
        }
        Boolean pending = query.status() == null ? null : query.status() == UserStatus.PENDING;
        if (query.status() != null) {
            conditions.add("u.is_active = ? and u.is_pending = ?");
            parameters.add(query.status() == UserStatus.ACTIVE);
            parameters.add(pending);
        }
        String join = "";
        String select = "select u.id";
        long members = -1;
        if (query.group() != null) {
            Optional<String> group = em.createQuery("select g.id from UserGroup g where g.name = :name", String.class)
                    .setParameter("name", query.group())
                    .getResultStream()
                    .findFirst();
            if (group.isEmpty()) {
                return new UserPage(List.of(), 0);
            }
            members = ((Number) em.createNativeQuery("select count(*) from group_members where group_id = ?")
                    .setParameter(1, group.get()).getSingleResult()).longValue();
            join = " join group_members m on m.user_id = u.id and m.group_id = ?";
            parameters.add(0, group.get());
            if (search == null && members >= LARGE_GROUP) {
                // A large group's members are found soonest by reading users in the page's order and
                // keeping the members; left to itself, MariaDB reads all the members first, then sorts them.
                select = "select straight_join u.id";
            }
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = members >= 0 && conditions.isEmpty() ? members
                : search == null && members < 0 && query.mfa() == null ? count(query.admin(), query.active(), query.status())
                : ((Number) bind(em.createNativeQuery("select count(*) from users u" + index + join + where), parameters).getSingleResult()).longValue();
        if (total <= query.offset()) {
            return new UserPage(List.of(), total);
        }

        // Past the middle, the same rows are nearer from the other end: read them backwards.
        long fromEnd = total - query.offset() - query.limit();
        boolean reverse = fromEnd < query.offset();
        int offset = reverse ? (int) Math.max(0, fromEnd) : query.offset();
        int limit = reverse ? (int) Math.min(query.limit(), total - query.offset()) : query.limit();
        boolean ascending = query.ascending() != reverse;
        String direction = ascending ? " asc" : " desc";
        String order = " order by " + query.sort().column() + direction + (query.sort().unique() ? "" : ", u.id" + direction);
        @SuppressWarnings("unchecked")
        List<String> ids = new ArrayList<>(bind(em.createNativeQuery(select + " from users u" + index + join + where + order + " limit ? offset ?"), parameters)
                .setParameter(parameters.size() + 1, limit)
                .setParameter(parameters.size() + 2, offset)
                .getResultList());
        if (reverse) {
            Collections.reverse(ids);
        }
        if (ids.isEmpty()) {
            return new UserPage(List.of(), total);
        }
        Map<String, UserRow> byId = rows(ids).stream().collect(Collectors.toMap(row -> row.user().getId(), Function.identity()));
        return new UserPage(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), total);
    }

    /** The user with their groups, live sessions and usable keys, and whether failed logins locked them out. */
    public UserRow row(User user) {
        return rows(List.of(user.getId())).stream().findFirst().orElse(new UserRow(user, List.of(), 0, 0, null));
    }

    /**
     * The users with these ids, their groups' names (joined by commas, which no name holds),
     * live sessions, usable keys and lockouts, all in one query.
     */
    private List<UserRow> rows(List<String> ids) {
        return em.createQuery("select u,"
                        + " (select listagg(g.name, ',') within group (order by g.name)"
                        + "    from GroupMembership m join UserGroup g on g.id = m.id.groupId where m.id.userId = u.id),"
                        + " (select count(s) from UserSession s where s.user = u and s.revokedAt is null and s.expiresAt > :now),"
                        + " (select count(k) from ApiKey k where k.user = u and k.revokedAt is null and (k.expiresAt is null or k.expiresAt > :now)),"
                        + " (select f.lockedUntil from FailedLoginsByEmail f where f.email = u.email and f.lockedUntil > :now)"
                        + " from User u where u.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .setParameter("now", Instant.now())
                .getResultStream()
                .map(r -> new UserRow((User) r[0], GroupNames.split((String) r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                        (Instant) r[4]))
                .toList();
    }

    /** How many users have this role, activity and status (null: any), from the trigger-kept counts. */
    private long count(Boolean admin, Boolean active, UserStatus status) {
        String sql = "select coalesce(sum(n), 0) from user_counts where 1 = 1"
                + (admin == null ? "" : " and is_admin = " + admin)
                + (active == null ? "" : " and is_active = " + active)
                + (status == null ? "" : " and is_active = " + (status == UserStatus.ACTIVE) + " and is_pending = " + (status == UserStatus.PENDING));
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** How many accounts await approval (the pages' badge), from the trigger-kept counts. */
    public long countPending() {
        return count(null, null, UserStatus.PENDING);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Whether a unique index refused the write. */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
