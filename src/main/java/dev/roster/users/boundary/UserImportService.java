package dev.roster.users.boundary;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.users.control.ImportFile;
import dev.roster.users.control.UserImports;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports the rows of a users' CSV file ({@link ImportFile}), each in a transaction of its own: a
 * row is created whole or not at all, and its refusal stops no other ({@link ImportReport} says
 * what became of each). A dry run judges every row as a real run would and writes nothing (not
 * even the audit log's {@code users.import}).
 *
 * <p>Rows are taken by one worker more than there are cores, from the container's managed
 * executor: a row's time is its password's hash, one per core at a time ({@code PasswordHasher}),
 * and the extra worker writes a row while the others hash, so an import with passwords runs at
 * the hasher's rate on every core. The answer lists the rows in the file's order.
 */
@Stateless
@DenyAll
public class UserImportService {

    static final int WORKERS = Runtime.getRuntime().availableProcessors() + 1;

    @Inject
    UserImports imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    @Resource
    ManagedExecutorService executor;

    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport.Result importRows(List<ImportFile.Row> rows, boolean dryRun) {
        Actor actor = currentUser.actor();
        ImportReport.Row[] outcomes = ImportReport.start(rows);
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
                if (outcomes[i] == null) {
                    ImportFile.Row row = rows.get(i);
                    outcomes[i] = ImportReport.attempt(row, () -> imports.apply(actor, row, dryRun));
                }
            }
            return null;
        };
        try {
            for (Future<Void> done : executor.invokeAll(Collections.nCopies(Math.min(WORKERS, Math.max(1, outcomes.length)), worker))) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An import worker failed", e.getCause());
        }
        ImportReport.Result result = ImportReport.of(dryRun, outcomes);
        if (!dryRun) {
            context.getBusinessObject(UserImportService.class).recordImport(result);
        }
        return result;
    }

    @RolesAllowed(Roles.ADMIN)
    public void recordImport(ImportReport.Result result) {
        audit.success(currentUser.actor(), AuditAction.USERS_IMPORT, AuditTarget.object(null), List.of(), result.summary());
    }
}
