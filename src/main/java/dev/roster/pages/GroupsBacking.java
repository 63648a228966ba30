package dev.roster.pages;

import dev.roster.problems.FacesProblems;
import dev.roster.users.boundary.GroupRepresentation;
import dev.roster.users.boundary.GroupService;
import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.boundary.UserList;
import dev.roster.users.boundary.UserService;
import dev.roster.users.control.GroupFields;
import dev.roster.users.control.GroupQuery;
import dev.roster.users.control.UserQuery;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Groups page ({@code /admin/groups}, administrators only): the groups with their member
 * counts, searched; create, rename, describe and delete (after a confirmation); a group's
 * members, searched, with adding a user found by a search and removing one. Every change goes
 * through {@link GroupService}, which decides; its refusals become messages.
 */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most groups, members or candidates one view shows; a search narrows them. */
    static final int SHOWN = 100;

    @Inject
    GroupService groupService;

    @Inject
    UserService users;

    private String search;
    private List<GroupRepresentation> groups = List.of();
    private long total;

    // the create/edit dialog
    private String editedId;
    private long editedVersion;
    private String name;
    private String description;

    // the delete confirmation and the members dialog
    private GroupRepresentation selected;
    private String memberSearch;
    private List<ManagedUser> members = List.of();
    private long memberTotal;
    private String candidateSearch;
    private List<ManagedUser> candidates = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        FacesProblems.attempt(() -> groupService.list(GroupQuery.parse(search, null, Integer.toString(SHOWN)))).ifPresent(list -> {
            groups = list.groups();
            total = list.total();
        });
    }

    public void startCreate() {
        editedId = null;
        name = null;
        description = null;
    }

    public void startEdit(GroupRepresentation group) {
        FacesProblems.attempt(() -> groupService.get(group.groupId())).ifPresent(current -> {
            editedId = current.value().groupId();
            editedVersion = current.version();
            name = current.value().name();
            description = current.value().description();
        });
    }

    /** Saves the dialog: a new group, or the edited one. */
    public void save() {
        if (editedId == null) {
            FacesProblems.attempt(() -> groupService.create(name, description))
                    .ifPresent(created -> FacesProblems.info("Group " + created.value().name() + " created"));
        } else {
            FacesProblems.attempt(() -> groupService.update(editedId, new GroupFields(name, description == null ? "" : description), editedVersion))
                    .ifPresent(saved -> FacesProblems.info("Group " + saved.value().name() + " saved"));
        }
        reload();
    }

    public void select(GroupRepresentation group) {
        selected = group;
    }

    public void delete() {
        if (FacesProblems.attempt(() -> groupService.delete(selected.groupId()))) {
            FacesProblems.info("Group " + selected.name() + " deleted; its members keep their accounts");
        }
        reload();
    }

    /** Opens the selected group's members. */
    public void showMembers(GroupRepresentation group) {
        selected = group;
        memberSearch = null;
        candidateSearch = null;
        candidates = List.of();
        reloadMembers();
    }

    public void reloadMembers() {
        FacesProblems.attempt(() -> groupService.members(selected.groupId(), query(memberSearch))).ifPresent(list -> {
            members = list.users();
            memberTotal = list.total();
        });
    }

    /** Users whose name or email starts with what was typed, to add to the group. */
    public void findCandidates() {
        candidates = candidateSearch == null || candidateSearch.isBlank() ? List.of()
                : FacesProblems.attempt(() -> users.list(query(candidateSearch))).map(UserList::users).orElse(List.of());
    }

    public void add(ManagedUser user) {
        FacesProblems.attempt(() -> groupService.addMembers(selected.groupId(), List.of(user.userId())))
                .ifPresent(added -> FacesProblems.info(added.added() > 0 ? UsersBacking.label(user) + " added to " + selected.name()
                        : UsersBacking.label(user) + " is in " + selected.name() + " already"));
        reloadMembers();
        reload();
    }

    public void remove(ManagedUser user) {
        if (FacesProblems.attempt(() -> groupService.removeMember(selected.groupId(), user.userId()))) {
            FacesProblems.info(UsersBacking.label(user) + " removed from " + selected.name());
        }
        reloadMembers();
        reload();
    }

    /** Whether a found user is in the selected group already (shown instead of an Add button). */
    public boolean isMember(ManagedUser user) {
        return selected != null && user.groups().contains(selected.name());
    }

    private static UserQuery query(String search) {
        return UserQuery.parse(search, null, null, null, null, null, "email", "asc", null, Integer.toString(SHOWN));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<GroupRepresentation> getGroups() {
        return groups;
    }

    public long getTotal() {
        return total;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public GroupRepresentation getSelected() {
        return selected;
    }

    public String getMemberSearch() {
        return memberSearch;
    }

    public void setMemberSearch(String memberSearch) {
        this.memberSearch = memberSearch;
    }

    public List<ManagedUser> getMembers() {
        return members;
    }

    public long getMemberTotal() {
        return memberTotal;
    }

    public String getCandidateSearch() {
        return candidateSearch;
    }

    public void setCandidateSearch(String candidateSearch) {
        this.candidateSearch = candidateSearch;
    }

    public List<ManagedUser> getCandidates() {
        return candidates;
    }
}
