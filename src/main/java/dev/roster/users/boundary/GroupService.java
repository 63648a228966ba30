package dev.roster.users.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.users.control.GroupFields;
import dev.roster.users.control.GroupPage;
import dev.roster.users.control.GroupQuery;
import dev.roster.users.control.Groups;
import dev.roster.users.control.UserPage;
import dev.roster.users.control.UserQuery;
import dev.roster.users.control.Users;
import dev.roster.users.entity.UserGroup;
import dev.roster.web.Versioned;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Groups, for administrators: list, create, rename, describe and delete them, and manage who
 * is in them. The rules are {@link Groups}'s, which the admin command line runs as well; this
 * service knows who calls and holds the transaction. A user's groups reach other applications
 * through the tokens' {@code groups} claim (as of login) and introspection (as of now).
 */
@Stateless
@DenyAll
public class GroupService {

    @Inject
    Groups groups;

    @Inject
    Users users;

    @Inject
    CurrentUser currentUser;

    @RolesAllowed(Roles.ADMIN)
    public GroupList list(GroupQuery query) {
        GroupPage page = groups.search(query);
        return new GroupList(page.rows().stream().map(GroupRepresentation::of).toList(), page.total());
    }

    /** Every group's name, sorted: what the pages offer to choose from. */
    @RolesAllowed(Roles.ADMIN)
    public List<String> names() {
        return groups.names();
    }

    @RolesAllowed(Roles.ADMIN)
    public Versioned<GroupRepresentation> get(String groupId) {
        return versioned(groups.getById(groupId));
    }

    /**
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws dev.roster.users.entity.DuplicateGroupException when the name is taken
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.GROUP_CREATE)
    public Versioned<GroupRepresentation> create(String name, String description) {
        return versioned(groups.create(currentUser.actor(), new GroupFields(name, description)));
    }

    /**
     * @param expectedVersion the version the client last read ({@code If-Match}), or null to apply regardless
     * @throws dev.roster.users.entity.GroupChangedException when the group changed since {@code expectedVersion}
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.GROUP_UPDATE)
    public Versioned<GroupRepresentation> update(@Audited.AuditObject String groupId, GroupFields change, Long expectedVersion) {
        return versioned(groups.update(currentUser.actor(), groupId, change, expectedVersion));
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.GROUP_DELETE)
    public void delete(@Audited.AuditObject String groupId) {
        groups.delete(currentUser.actor(), groupId);
    }

    /** One page of the group's members, with the user list's search, filters and sorts. */
    @RolesAllowed(Roles.ADMIN)
    public UserList members(String groupId, UserQuery query) {
        UserGroup group = groups.getById(groupId);
        UserPage page = users.search(query.inGroup(group.getName()));
        return new UserList(page.rows().stream().map(ManagedUser::of).toList(), page.total());
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.GROUP_MEMBER_ADD)
    public Groups.Added addMembers(@Audited.AuditObject String groupId, List<String> userIds) {
        return groups.addMembers(currentUser.actor(), groupId, userIds);
    }

    /** @throws dev.roster.users.entity.NotMemberException when the user is not in the group */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.GROUP_MEMBER_REMOVE)
    public void removeMember(@Audited.AuditObject String groupId, @Audited.AuditTarget String userId) {
        groups.removeMember(currentUser.actor(), groupId, userId);
    }

    private Versioned<GroupRepresentation> versioned(UserGroup group) {
        return new Versioned<>(GroupRepresentation.of(groups.row(group)), group.getVersion());
    }
}
