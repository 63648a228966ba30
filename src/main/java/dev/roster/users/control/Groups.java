package dev.roster.users.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Ids;
import dev.roster.kernel.Limits;
import dev.roster.kernel.Roles;
import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.problems.InvalidInputException;
import dev.roster.users.entity.DuplicateGroupException;
import dev.roster.users.entity.GroupChangedException;
import dev.roster.users.entity.GroupNotFoundException;
import dev.roster.users.entity.NotMemberException;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups and who is in them, for every way in (API, pages, command line), in the caller's
 * transaction: the rules of a group's fields ({@link GroupFields}), a unique name (the index
 * decides a race), memberships added idempotently, and an audit event for each change
 * ({@code group.*}; a membership's event names the user as its target and the group as the
 * object). Memberships are rows of their own, written by statement, never a loaded collection,
 * so a group of 100,000 users costs nothing to change.
 */
@ApplicationScoped
public class Groups {

    /** The most users one request may add to a group, and the most groups one edit may name. */
    public static final int MEMBERS_MAX = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    protected Groups() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public Groups(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    public UserGroup getById(String id) {
        return Optional.ofNullable(Ids.isId(id) ? em.find(UserGroup.class, id) : null).orElseThrow(GroupNotFoundException::new);
    }

    public Optional<UserGroup> findByName(String name) {
        String normalized = new GroupFields(name, null).name();
        if (normalized == null || normalized.isEmpty() || normalized.length() > Limits.GROUP_NAME_MAX) {
            return Optional.empty();
        }
        return em.createQuery("select g from UserGroup g where g.name = :name", UserGroup.class)
                .setParameter("name", normalized)
                .getResultStream()
                .findFirst();
    }

    /** Every group's name, sorted. */
    public List<String> names() {
        return em.createQuery("select g.name from UserGroup g order by g.name", String.class).getResultList();
    }

    /** One page of groups by name, with their member counts, and how many match in all. */
    public GroupPage search(GroupQuery query) {
        String where = query.search() == null ? "" : " where lower(g.name) like :term escape '!' or lower(g.description) like :term escape '!'";
        TypedQuery<Long> count = em.createQuery("select count(g) from UserGroup g" + where, Long.class);
        TypedQuery<Object[]> page = em.createQuery("select g, (select count(m) from GroupMembership m where m.id.groupId = g.id)"
                + " from UserGroup g" + where + " order by g.name", Object[].class);
        if (query.search() != null) {
            String term = "%" + query.search().toLowerCase(java.util.Locale.ROOT).replaceAll("[!%_]", "!$0") + "%";
            count.setParameter("term", term);
            page.setParameter("term", term);
        }
        long total = count.getSingleResult();
        List<GroupRow> rows = total <= query.offset() ? List.of() : page.setFirstResult(query.offset()).setMaxResults(query.limit())
                .getResultStream()
                .map(r -> new GroupRow((UserGroup) r[0], ((Number) r[1]).longValue()))
                .toList();
        return new GroupPage(rows, total);
    }

    /** The group with its members counted. */
    public GroupRow row(UserGroup group) {
        return new GroupRow(group, em.createQuery("select count(m) from GroupMembership m where m.id.groupId = :id", Long.class)
                .setParameter("id", group.getId())
                .getSingleResult());
    }

    /**
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws DuplicateGroupException when the name is taken
     */
    public UserGroup create(Actor actor, GroupFields fields) {
        FieldErrors errors = check(fields);
        if (fields.name() == null || fields.name().isEmpty()) {
            errors.add("name", "is required");
        }
        errors.throwIfAny();
        UserGroup group = new UserGroup(fields.name(), UserRules.storedDisplayName(fields.description()), Instant.now());
        em.persist(group);
        flush(group);
        List<String> changed = group.getDescription() == null ? List.of("name") : List.of("name", "description");
        audit.success(actor, AuditAction.GROUP_CREATE, AuditTarget.object(group.getId()), changed, "Group " + group.getName());
        return group;
    }

    /**
     * Renames and/or describes a group; only the fields given change.
     *
     * @param expectedVersion the version the actor last read, or null to apply regardless
     * @throws GroupChangedException when the group changed since {@code expectedVersion}
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws DuplicateGroupException when the new name is taken
     */
    public UserGroup update(Actor actor, String groupId, GroupFields change, Long expectedVersion) {
        UserGroup group = getById(groupId);
        if (expectedVersion != null && expectedVersion != group.getVersion()) {
            throw new GroupChangedException();
        }
        FieldErrors errors = check(change);
        if (change.name() != null && change.name().isEmpty()) {
            errors.add("name", "must not be empty");
        }
        errors.throwIfAny();
        Instant now = Instant.now();
        String oldName = group.getName();
        List<String> changed = new ArrayList<>();
        if (change.name() != null && !change.name().equals(group.getName())) {
            group.rename(change.name(), now);
            changed.add("name");
        }
        String description = UserRules.storedDisplayName(change.description());
        if (change.description() != null && !Objects.equals(description, group.getDescription())) {
            group.describe(description, now);
            changed.add("description");
        }
        flush(group);
        if (!changed.isEmpty()) {
            audit.success(actor, AuditAction.GROUP_UPDATE, AuditTarget.object(group.getId()), changed,
                    changed.contains("name") ? "Group " + group.getName() + ", was " + oldName : "Group " + group.getName());
        }
        return group;
    }

    /** Deletes a group; its memberships go with it, the users stay. */
    public void delete(Actor actor, String groupId) {
        UserGroup group = getById(groupId);
        em.remove(group);
        em.flush();
        audit.success(actor, AuditAction.GROUP_DELETE, AuditTarget.object(group.getId()), List.of(), "Group " + group.getName());
    }

    /** How many of the users a request named were added, and how many were members already. */
    public record Added(long added, long unchanged) {
    }

    /**
     * Adds users to a group; users already in it stay as they are (so the request can be repeated).
     *
     * @throws dev.roster.problems.InvalidInputException when no ids, more than {@link #MEMBERS_MAX} or an unknown one are given
     */
    public Added addMembers(Actor actor, String groupId, List<String> userIds) {
        UserGroup group = getById(groupId);
        FieldErrors errors = new FieldErrors();
        Set<String> ids = userIds == null ? Set.of() : new LinkedHashSet<>(userIds);
        if (ids.isEmpty()) {
            errors.add("user_ids", "is required");
        } else if (ids.size() > MEMBERS_MAX) {
            errors.add("user_ids", "must hold at most " + MEMBERS_MAX + " ids");
        }
        errors.throwIfAny();
        Map<String, String> emails = emailsOf(ids);
        List<String> unknown = ids.stream().filter(id -> !emails.containsKey(id)).limit(5).toList();
        if (!unknown.isEmpty()) {
            errors.add("user_ids", "no user has the id " + String.join(", ", unknown.stream().map(id -> Limits.cut(id, 40)).toList()));
        }
        errors.throwIfAny();
        Instant now = Instant.now();
        long added = 0;
        for (String userId : ids) {
            if (insert(group.getId(), userId, now)) {
                added++;
                audit.success(actor, AuditAction.GROUP_MEMBER_ADD, AuditTarget.user(userId, emails.get(userId)).with(group.getId()),
                        List.of("groups"), "Group " + group.getName());
            }
        }
        return new Added(added, ids.size() - added);
    }

    /**
     * Removes a user from a group.
     *
     * @throws NotMemberException when the user is not in the group (or no such user exists)
     */
    public void removeMember(Actor actor, String groupId, String userId) {
        UserGroup group = getById(groupId);
        Map<String, String> email = Ids.isId(userId) ? emailsOf(Set.of(userId)) : Map.of();
        if (email.isEmpty() || delete(group.getId(), userId) == 0) {
            throw new NotMemberException();
        }
        audit.success(actor, AuditAction.GROUP_MEMBER_REMOVE, AuditTarget.user(userId, email.get(userId)).with(group.getId()),
                List.of("groups"), "Group " + group.getName());
    }

    /** The names of the user's groups, sorted. */
    public List<String> namesOf(String userId) {
        return em.createQuery("select g.name from GroupMembership m join UserGroup g on g.id = m.id.groupId"
                        + " where m.id.userId = :user order by g.name", String.class)
                .setParameter("user", userId)
                .getResultList();
    }

    /**
     * Makes the user a member of exactly the named groups (an administrator's edit of the user).
     * Names are matched as they are stored ({@code Eng} is {@code eng}).
     *
     * @return whether any membership changed
     * @throws dev.roster.problems.InvalidInputException on the field {@code groups} when a name names no group
     */
    public boolean setGroupsOf(Actor actor, User user, List<String> names) {
        Map<String, UserGroup> byName = named(names);
        Map<String, UserGroup> current = em.createQuery("select g from GroupMembership m join UserGroup g on g.id = m.id.groupId"
                        + " where m.id.userId = :user", UserGroup.class)
                .setParameter("user", user.getId())
                .getResultStream()
                .collect(Collectors.toMap(UserGroup::getName, Function.identity()));
        AuditTarget target = AuditTarget.user(user.getId(), user.getEmail());
        boolean changed = false;
        Instant now = Instant.now();
        for (UserGroup group : byName.values()) {
            if (!current.containsKey(group.getName()) && insert(group.getId(), user.getId(), now)) {
                audit.success(actor, AuditAction.GROUP_MEMBER_ADD, target.with(group.getId()), List.of("groups"), "Group " + group.getName());
                changed = true;
            }
        }
        for (UserGroup group : current.values()) {
            if (!byName.containsKey(group.getName()) && delete(group.getId(), user.getId()) > 0) {
                audit.success(actor, AuditAction.GROUP_MEMBER_REMOVE, target.with(group.getId()), List.of("groups"), "Group " + group.getName());
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The groups with these names (matched as stored), by name.
     *
     * @throws dev.roster.problems.InvalidInputException on the field {@code groups} when a name names no group, or there are too many
     */
    public Map<String, UserGroup> named(List<String> names) {
        if (names.size() > MEMBERS_MAX) {
            throw new InvalidInputException("groups", "must hold at most " + MEMBERS_MAX + " names");
        }
        Set<String> wanted = new TreeSet<>();
        for (String name : names) {
            wanted.add(name == null ? "" : new GroupFields(name, null).name());
        }
        Map<String, UserGroup> byName = wanted.isEmpty() ? Map.of()
                : em.createQuery("select g from UserGroup g where g.name in :names", UserGroup.class)
                        .setParameter("names", wanted)
                        .getResultStream()
                        .collect(Collectors.toMap(UserGroup::getName, Function.identity()));
        List<String> unknown = wanted.stream().filter(name -> !byName.containsKey(name)).limit(5).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("groups", "no group is named "
                    + String.join(", ", unknown.stream().map(n -> Limits.cut(n, Limits.GROUP_NAME_MAX)).toList()));
        }
        return byName;
    }

    private FieldErrors check(GroupFields fields) {
        FieldErrors errors = new FieldErrors();
        Constraints.check(fields, errors);
        if (fields.name() != null && Roles.of(true).contains(fields.name()) && !errors.has("name")) {
            errors.add("name", "is reserved for a role");
        }
        return errors;
    }

    private Map<String, String> emailsOf(Set<String> ids) {
        List<String> wellFormed = ids.stream().filter(Ids::isId).toList();
        if (wellFormed.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.id, u.email from User u where u.id in :ids", Object[].class)
                .setParameter("ids", wellFormed)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /** Whether the membership is new: a repeated or racing one, or one whose user or group was just deleted, is ignored. */
    private boolean insert(String groupId, String userId, Instant now) {
        return em.createNativeQuery("insert ignore into group_members (group_id, user_id, added_at) values (?, ?, ?)")
                .setParameter(1, groupId)
                .setParameter(2, userId)
                .setParameter(3, now)
                .executeUpdate() > 0;
    }

    private int delete(String groupId, String userId) {
        return em.createNativeQuery("delete from group_members where group_id = ? and user_id = ?")
                .setParameter(1, groupId)
                .setParameter(2, userId)
                .executeUpdate();
    }

    private void flush(UserGroup group) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Users.isDuplicateKey(e)) {
                throw new DuplicateGroupException(group.getName());
            }
            throw e;
        }
    }
}
