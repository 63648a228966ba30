package dev.roster.audit.boundary;

import dev.roster.audit.control.AuditLog;
import dev.roster.audit.entity.AuditEvent;
import dev.roster.problems.FacesProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Audit Log table's rows, one page at a time from {@link AuditService#list}, newest first,
 * with the page's filters (the API's {@code actor}, {@code target}, {@code action}, {@code from},
 * {@code to}); the same call counts the matches.
 */
public class AuditListModel extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    private final AuditService audit;
    private final AuditBacking filters;

    AuditListModel(AuditService audit, AuditBacking filters) {
        this.audit = audit;
        this.filters = filters;
    }

    /** Counted by {@link #load} in the same call that reads the page. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (!filters.isValid()) {
            setRowCount(0);
            return List.of();
        }
        Optional<AuditLog.Page> page = FacesProblems.attempt(() -> audit.list(filters.query(first, pageSize)));
        setRowCount(page.map(p -> (int) Math.min(p.total(), Integer.MAX_VALUE)).orElse(0));
        return page.map(AuditLog.Page::events).orElse(List.of());
    }

    @Override
    public String getRowKey(AuditEvent event) {
        return String.valueOf(event.getId());
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
        List<AuditEvent> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(e -> String.valueOf(e.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
