package dev.roster.audit.boundary;

import dev.roster.audit.control.AuditQuery;
import dev.roster.audit.entity.AuditAction;
import dev.roster.audit.entity.AuditEvent;
import dev.roster.problems.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * The Audit Log page ({@code /admin/audit}, administrators only): the lazy table of events,
 * newest first, filtered like {@code GET /audit} by actor, target, action and a time range (UTC).
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private AuditListModel model;
    private String actor;
    private String target;
    private String action;
    private LocalDateTime from;
    private LocalDateTime to;
    private boolean valid = true;

    @PostConstruct
    void init() {
        model = new AuditListModel(audit, this);
    }

    /** The filters as the API's query, for one page. */
    AuditQuery query(int first, int pageSize) {
        return AuditQuery.parse(actor, target, action, from == null ? null : from.toInstant(ZoneOffset.UTC).toString(),
                to == null ? null : to.toInstant(ZoneOffset.UTC).toString(), Integer.toString(first), Integer.toString(pageSize));
    }

    /** New filters start at the first page; filters the API would refuse are said at their field, and show nothing. */
    public void filtersChanged() {
        valid = FacesProblems.attempt(() -> query(0, 1)).isPresent();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("auditForm:events");
        table.setFirst(0);
    }

    /** A preset range: from {@code hours} ago until now. */
    public void last(int hours) {
        from = LocalDateTime.now(ZoneOffset.UTC).minusHours(hours).withSecond(0).withNano(0);
        to = null;
        filtersChanged();
    }

    public void clear() {
        actor = null;
        target = null;
        action = null;
        from = null;
        to = null;
        filtersChanged();
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(a -> a.code).toList();
    }

    /** Who acted, as a person reads it: the email where there is one. */
    public String actorOf(AuditEvent event) {
        return event.getActorEmail() != null ? event.getActorEmail() : event.getActor();
    }

    /** Whom it concerned: the email, else the user id, else the session, key or address. */
    public String targetOf(AuditEvent event) {
        if (event.getTargetEmail() != null) {
            return event.getTargetEmail();
        }
        return event.getTargetUserId() != null ? event.getTargetUserId() : event.getObjectId();
    }

    /** The names of the changed fields, as a list to read. */
    public String fields(AuditEvent event) {
        return String.join(", ", event.getChanges());
    }

    /** Whether the filters as last applied make a query the API would take. */
    boolean isValid() {
        return valid;
    }

    public AuditListModel getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
