package dev.roster.pages;

import dev.roster.apikeys.boundary.ApiKeyRepresentation;
import dev.roster.apikeys.boundary.ApiKeyService;
import dev.roster.mfa.boundary.MfaService;
import dev.roster.problems.FacesProblems;
import dev.roster.sessions.boundary.LockoutService;
import dev.roster.sessions.boundary.SessionRepresentation;
import dev.roster.sessions.boundary.SessionService;
import dev.roster.users.boundary.GroupService;
import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.boundary.UserService;
import dev.roster.users.control.BulkResult;
import dev.roster.users.control.Groups;
import dev.roster.users.control.UserChange;
import dev.roster.web.Versioned;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.component.datatable.DataTable;

/**
 * The User Management page ({@code /admin/users}, administrators only): the lazy user table
 * with its search and its status and group filters, the create and edit dialogs (groups among
 * their fields), the activate switch, deleting, bulk actions on the ticked rows (or every user the
 * filters match), and a user's sessions and API keys. Every change goes through {@link UserService}, {@link SessionService} and
 * {@link ApiKeyService}, which decide; their refusals become messages.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    SessionService sessions;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    LockoutService lockout;

    @Inject
    LayoutBacking layout;

    @Inject
    GroupService groupService;

    @Inject
    MfaService mfaService;

    /** The most users "select all matching" takes at once. */
    static final int MAX_BULK = 10_000;
    private static final int MAX_REFUSALS_SHOWN = 10;
    private static final Map<String, String> BULK_DONE = Map.of("activate", "activated", "deactivate", "deactivated", "approve", "approved",
            "delete", "deleted", "add_to_group", "added to", "remove_from_group", "removed from");

    private UserListModel model;
    private String search;
    private String status;
    private String mfa;
    private String group;
    private List<String> groupNames = List.of();

    // the create/edit dialog
    private String editedId;
    private long editedVersion;
    private String email;
    private String displayName;
    private String password;
    /** What Generate filled in, which the dialog shows with Copy. */
    private String generated;
    private boolean revokeApiKeys;
    /** The dialog's "they choose their own password" box: on by default, since the administrator knows the password they set. */
    private boolean requirePasswordChange = true;
    private boolean admin;
    private List<String> groups = new ArrayList<>();

    // the rows ticked for a bulk action, or every user the filters match
    private List<ManagedUser> selectedUsers = new ArrayList<>();
    private boolean allMatching;
    private String bulkGroup;

    // the delete confirmation and the sessions-and-keys dialog
    private String selectedId;
    private String selectedLabel;
    private List<SessionRepresentation> selectedSessions = List.of();
    private List<ApiKeyRepresentation> selectedKeys = List.of();

    @PostConstruct
    void init() {
        model = new UserListModel(users);
        groupNames = FacesProblems.attempt(groupService::names).orElse(List.of());
    }

    /** A new search starts at the first page. */
    public void searchChanged() {
        model.search(search);
        firstPage();
    }

    /** The status filter ({@code ?status=pending} opens the page on the accounts that await approval). */
    public void statusChanged() {
        status = status == null || status.isEmpty() ? null : status;
        model.status(status);
        firstPage();
    }

    /** The two-factor filter: with it, without it, or all. */
    public void mfaChanged() {
        mfa = mfa == null || mfa.isEmpty() ? null : mfa;
        model.mfa(mfa);
        firstPage();
    }

    /** Turns the user's two-factor sign-in off (a lost phone); their sessions end. */
    public void resetMfa(ManagedUser user) {
        if (FacesProblems.attempt(() -> mfaService.reset(user.userId()))) {
            FacesProblems.info("Two-factor sign-in of " + label(user) + " reset; their sessions ended");
        }
    }

    /** The group filter ({@code ?group=eng} opens the page on the group's members). */
    public void groupChanged() {
        group = group == null || group.isEmpty() ? null : group;
        model.group(group);
        firstPage();
    }

    private static void firstPage() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("usersForm:users");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Lets in an account that awaits approval. */
    public void approve(ManagedUser user) {
        FacesProblems.attempt(() -> users.approve(user.userId()))
                .map(Versioned::value)
                .ifPresent(saved -> FacesProblems.info("User " + label(saved) + " approved: they can log in now"));
        layout.recountPending();
    }

    /** Deletes the selected account that awaits approval (after the confirmation). */
    public void reject() {
        if (FacesProblems.attempt(() -> users.reject(selectedId))) {
            FacesProblems.info("Registration of " + selectedLabel + " rejected");
        }
        layout.recountPending();
    }

    public void startCreate() {
        editedId = null;
        editedVersion = 0;
        email = null;
        displayName = null;
        password = null;
        requirePasswordChange = true;
        admin = false;
        groups = new ArrayList<>();
    }

    public void startEdit(ManagedUser user) {
        FacesProblems.attempt(() -> users.get(user.userId())).ifPresent(current -> {
            ManagedUser u = current.value();
            editedId = u.userId();
            editedVersion = current.version();
            email = u.email();
            displayName = u.displayName();
            password = null;
            revokeApiKeys = true;
            requirePasswordChange = true;
            admin = u.isAdmin();
            groups = new ArrayList<>(u.groups());
        });
    }

    public void generate() {
        password = users.generatePassword();
        generated = password;
    }

    /** Saves the dialog: a new user, or the edited one (a blank password keeps the current one). */
    public void save() {
        if (editedId == null) {
            FacesProblems.attempt(() -> users.create(email, displayName, password, admin, groups, requirePasswordChange))
                    .ifPresent(created -> FacesProblems.info("User " + label(created.value()) + " created"));
        } else {
            String newPassword = password == null || password.isEmpty() ? null : password;
            FacesProblems.attempt(() -> users.update(editedId, new UserChange(displayName == null ? "" : displayName, null, newPassword, admin, null, revokeApiKeys, groups,
                            newPassword != null && requirePasswordChange),
                            editedVersion))
                    .ifPresent(saved -> FacesProblems.info("User " + label(saved.value()) + " saved"));
        }
        password = null;
    }

    /** The activate/deactivate switch of a row. */
    public void toggleActive(ManagedUser user) {
        boolean activate = !user.isActive();
        FacesProblems.attempt(() -> users.update(user.userId(), new UserChange(null, null, null, null, activate), null))
                .map(Versioned::value)
                .ifPresent(saved -> FacesProblems.info("User " + label(saved) + (activate ? " activated" : " deactivated")));
    }

    /** Lifts the user's lockout after failed logins. */
    public void unlock(ManagedUser user) {
        FacesProblems.attempt(() -> lockout.unlock(user.userId()))
                .map(Versioned::value)
                .ifPresent(saved -> FacesProblems.info("User " + label(saved) + " unlocked"));
    }

    public void select(ManagedUser user) {
        selectedId = user.userId();
        selectedLabel = label(user);
    }

    public void delete() {
        if (FacesProblems.attempt(() -> users.delete(selectedId))) {
            FacesProblems.info("User " + selectedLabel + " deleted");
        }
        layout.recountPending();
    }

    /** A row ticked or unticked: the selection is the ticked rows again. */
    public void selectionChanged() {
        allMatching = false;
    }

    /** Widens the selection from the ticked rows to every user the search and filters match. */
    public void selectAllMatching() {
        allMatching = true;
    }

    public void clearSelection() {
        selectedUsers = new ArrayList<>();
        allMatching = false;
    }

    /** How many users a bulk action applies to. */
    public long getSelectedCount() {
        return allMatching ? model.getRowCount() : selectedUsers.size();
    }

    /**
     * Applies a bulk action ({@code activate}, {@code deactivate}, {@code approve}, {@code delete},
     * {@code add_to_group}, {@code remove_from_group}) to the selection, a thousand users per call of
     * {@link UserService#bulk}, which decides each by its single-user rules; each refusal is a
     * message naming the user.
     */
    public void bulk(String action) {
        List<ManagedUser> targets = allMatching ? model.allMatching(MAX_BULK) : selectedUsers;
        Map<String, String> labels = new HashMap<>();
        targets.forEach(u -> labels.put(u.userId(), label(u)));
        List<String> ids = targets.stream().map(ManagedUser::userId).toList();
        String group = action.endsWith("_group") ? bulkGroup : null;
        long succeeded = 0;
        List<String> refusals = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += Groups.MEMBERS_MAX) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + Groups.MEMBERS_MAX));
            Optional<BulkResult> done = FacesProblems.attempt(() -> users.bulk(action, batch, group));
            if (done.isEmpty()) {
                break;
            }
            succeeded += done.get().succeeded();
            done.get().results().stream().filter(r -> !r.result().equals("ok"))
                    .forEach(r -> refusals.add(labels.getOrDefault(r.userId(), r.userId()) + ": " + r.detail()));
        }
        if (succeeded > 0) {
            FacesProblems.info(succeeded + (succeeded == 1 ? " user " : " users ") + BULK_DONE.get(action) + (group == null ? "" : " " + group));
        }
        refusals.stream().limit(MAX_REFUSALS_SHOWN).forEach(FacesProblems::warn);
        if (refusals.size() > MAX_REFUSALS_SHOWN) {
            FacesProblems.warn("and " + (refusals.size() - MAX_REFUSALS_SHOWN) + " more refused");
        }
        if (allMatching && model.getRowCount() > MAX_BULK) {
            FacesProblems.warn("Only the first " + MAX_BULK + " matching users were changed; run it again for the rest");
        }
        clearSelection();
        layout.recountPending();
    }

    /** Opens a user's sessions and API keys. */
    public void showActivity(ManagedUser user) {
        select(user);
        reloadActivity();
    }

    public void endSession(SessionRepresentation session) {
        if (FacesProblems.attempt(() -> sessions.end(selectedId, session.sessionId()))) {
            FacesProblems.info("Session ended");
        }
        reloadActivity();
    }

    public void endAllSessions() {
        FacesProblems.attempt(() -> sessions.endAll(selectedId)).ifPresent(n -> FacesProblems.info(n + " session(s) ended"));
        reloadActivity();
    }

    public void revokeKey(ApiKeyRepresentation key) {
        if (FacesProblems.attempt(() -> apiKeys.revoke(selectedId, key.keyId()))) {
            FacesProblems.info("API key " + key.name() + " revoked");
        }
        reloadActivity();
    }

    public void revokeAllKeys() {
        FacesProblems.attempt(() -> apiKeys.revokeAll(selectedId)).ifPresent(n -> FacesProblems.info(n + " API key(s) revoked"));
        reloadActivity();
    }

    private void reloadActivity() {
        selectedSessions = FacesProblems.attempt(() -> sessions.of(selectedId)).orElse(List.of());
        selectedKeys = FacesProblems.attempt(() -> apiKeys.of(selectedId)).orElse(List.of());
    }

    /** How messages name a user: display name and email. */
    static String label(ManagedUser user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.email() : user.displayName() + " (" + user.email() + ")";
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMfa() {
        return mfa;
    }

    public void setMfa(String mfa) {
        this.mfa = mfa;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    /** Every group's name, for the filter and the dialog (read when the page opens). */
    public List<String> getGroupNames() {
        return groupNames;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
    }

    public List<ManagedUser> getSelectedUsers() {
        return selectedUsers;
    }

    public void setSelectedUsers(List<ManagedUser> selectedUsers) {
        this.selectedUsers = selectedUsers == null ? new ArrayList<>() : new ArrayList<>(selectedUsers);
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public String getBulkGroup() {
        return bulkGroup;
    }

    public void setBulkGroup(String bulkGroup) {
        this.bulkGroup = bulkGroup;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public UserListModel getModel() {
        return model;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getGenerated() {
        return generated;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRevokeApiKeys() {
        return revokeApiKeys;
    }

    public void setRevokeApiKeys(boolean revokeApiKeys) {
        this.revokeApiKeys = revokeApiKeys;
    }

    public boolean isRequirePasswordChange() {
        return requirePasswordChange;
    }

    public void setRequirePasswordChange(boolean requirePasswordChange) {
        this.requirePasswordChange = requirePasswordChange;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public String getSelectedLabel() {
        return selectedLabel;
    }

    public List<SessionRepresentation> getSelectedSessions() {
        return selectedSessions;
    }

    public List<ApiKeyRepresentation> getSelectedKeys() {
        return selectedKeys;
    }
}
