package dev.roster.pages;

import dev.roster.problems.FacesProblems;
import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.boundary.UserList;
import dev.roster.users.boundary.UserService;
import dev.roster.users.control.UserQuery;
import dev.roster.users.control.UserSort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The User Management table's rows, one page at a time from {@link UserService#list}: the
 * database pages, sorts and searches (the global filter is the API's {@code search}), and the
 * same query says how many users match, so nothing ever loads all users. The page's search
 * field is the API's {@code search}.
 */
public class UserListModel extends LazyDataModel<ManagedUser> {

    private static final long serialVersionUID = 1L;

    /** The table's column fields and the sorts they stand for. */
    private static final Map<String, UserSort> SORTS = Map.of(
            "email", UserSort.EMAIL,
            "displayName", UserSort.DISPLAY_NAME,
            "createdAt", UserSort.CREATED_AT,
            "lastLoginAt", UserSort.LAST_LOGIN_AT);

    private final UserService users;
    private String search;
    private String status;
    private String group;
    private String mfa;

    UserListModel(UserService users) {
        this.users = users;
    }

    void search(String search) {
        this.search = search;
    }

    /** Only users of this status ({@code active}, {@code inactive}, {@code pending}); null for all. */
    void status(String status) {
        this.status = status;
    }

    /** Only users with ({@code true}) or without ({@code false}) two-factor sign-in; null for all. */
    void mfa(String mfa) {
        this.mfa = mfa;
    }

    /** Only the members of this group (by name); null for all. */
    void group(String group) {
        this.group = group;
    }

    /** Counted by {@link #load} in the same call that reads the page. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<ManagedUser> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED && SORTS.containsKey(s.getField()))
                .findFirst().orElse(null);
        String column = sort == null ? null : SORTS.get(sort.getField()).parameter();
        String order = sort == null ? null : sort.getOrder() == SortOrder.ASCENDING ? "asc" : "desc";

        Optional<UserList> page = page(search, column, order, first, pageSize);
        if (page.isEmpty()) {
            setRowCount(0);
            return List.of();
        }
        int total = (int) Math.min(page.get().total(), Integer.MAX_VALUE);
        setRowCount(total);
        int lastPage = recalculateFirst(first, pageSize, total);
        if (lastPage != first) {
            // the rows the table was on are gone (a search narrowed, a user was deleted): show the last page there is
            page = page(search, column, order, lastPage, pageSize);
        }
        return page.map(UserList::users).orElse(List.of());
    }

    private Optional<UserList> page(String search, String column, String order, int first, int pageSize) {
        return FacesProblems.attempt(() -> users.list(UserQuery.parse(search, null, null, mfa, status, group, column, order,
                Integer.toString(first), Integer.toString(pageSize))));
    }

    /**
     * Every user the filters match (for "select all matching"), read a thousand at a time, at most
     * {@code max}; empty when the list cannot be read (the reason is a message).
     */
    List<ManagedUser> allMatching(int max) {
        List<ManagedUser> all = new ArrayList<>();
        Optional<UserList> page;
        do {
            page = page(search, null, null, all.size(), UserQuery.MAX_LIMIT);
            page.ifPresent(p -> all.addAll(p.users()));
        } while (page.isPresent() && !page.get().users().isEmpty() && all.size() < Math.min(max, page.get().total()));
        return all.size() > max ? all.subList(0, max) : all;
    }

    @Override
    public String getRowKey(ManagedUser user) {
        return user.userId();
    }

    @Override
    public ManagedUser getRowData(String rowKey) {
        List<ManagedUser> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(u -> u.userId().equals(rowKey)).findFirst().orElse(null);
    }
}
