package dev.roster.pages;

import dev.roster.apikeys.boundary.ApiKeyRepresentation;
import dev.roster.apikeys.boundary.ApiKeyService;
import dev.roster.problems.FacesProblems;
import dev.roster.sessions.boundary.LockoutService;
import dev.roster.sessions.boundary.SessionRepresentation;
import dev.roster.sessions.boundary.SessionService;
import dev.roster.users.boundary.GroupService;
import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.boundary.UserService;
import dev.roster.users.control.UserChange;
import dev.roster.web.Versioned;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * The User Management page ({@code /admin/users}, administrators only): the lazy user table
 * with its search and its status and group filters, the create and edit dialogs (groups among their fields), the activate switch, deleting, and a user's sessions and API
 * keys. Every change goes through {@link UserService}, {@link SessionService} and
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

    private UserListModel model;
    private String search;
    private String status;
    private String group;
    private List<String> groupNames = List.of();

    // the create/edit dialog
    private String editedId;
    private long editedVersion;
    private String email;
    private String displayName;
    private String password;
    private boolean revokeApiKeys;
    private boolean admin;
    private List<String> groups = new ArrayList<>();

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
            admin = u.isAdmin();
            groups = new ArrayList<>(u.groups());
        });
    }

    public void generate() {
        password = users.generatePassword();
    }

    /** Saves the dialog: a new user, or the edited one (a blank password keeps the current one). */
    public void save() {
        if (editedId == null) {
            FacesProblems.attempt(() -> users.create(email, displayName, password, admin, groups))
                    .ifPresent(created -> FacesProblems.info("User " + label(created.value()) + " created"));
        } else {
            String newPassword = password == null || password.isEmpty() ? null : password;
            FacesProblems.attempt(() -> users.update(editedId, new UserChange(displayName == null ? "" : displayName, null, newPassword, admin, null, revokeApiKeys, groups),
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
