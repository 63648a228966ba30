package dev.roster.users.boundary;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.problems.BusinessException;
import dev.roster.users.control.ImportFile;
import dev.roster.users.control.UserImports;
import dev.roster.users.control.UserRules;
import dev.roster.users.entity.DuplicateEmailException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports the rows of a users' CSV file ({@link ImportFile}), each in a transaction of its own: a
 * row is created whole or not at all, and its refusal stops no other. An email that has an account
 * already, or that an earlier row of the file names, is skipped with the reason. A dry run judges
 * every row as a real run would and writes nothing (not even the audit log's {@code users.import}).
 */
@Stateless
@DenyAll
public class UserImportService {

    @Inject
    UserImports imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** What became of a row; {@code password} only for a row that had none and got one generated. */
    @JsonbNillable(false)
    public record Row(long line, String email, String result, String detail, String password) {
    }

    /** The import's counts and each row's outcome, in the file's order. */
    public record Result(boolean dryRun, long created, long skipped, long failed, List<Row> rows) {
    }

    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result importRows(List<ImportFile.Row> rows, boolean dryRun) {
        UserImportService self = context.getBusinessObject(UserImportService.class);
        Map<String, Long> firstLine = new HashMap<>();
        List<Row> outcomes = new ArrayList<>();
        long created = 0;
        long skipped = 0;
        for (ImportFile.Row row : rows) {
            String email = UserRules.normalizeEmail(row.get("email"));
            Long earlier = email.isEmpty() ? null : firstLine.putIfAbsent(email, row.line());
            if (earlier != null) {
                outcomes.add(new Row(row.line(), email, "skipped", "The email is on line " + earlier + " already", null));
                skipped++;
                continue;
            }
            try {
                UserImports.Created done = self.importRow(row, dryRun);
                outcomes.add(new Row(row.line(), done.email(), "created", null, done.generatedPassword()));
                created++;
            } catch (DuplicateEmailException exists) {
                outcomes.add(new Row(row.line(), email, "skipped", exists.getMessage(), null));
                skipped++;
            } catch (BusinessException refusal) {
                outcomes.add(new Row(row.line(), email, "error", refusal.getMessage(), null));
            }
        }
        Result result = new Result(dryRun, created, skipped, rows.size() - created - skipped, outcomes);
        if (!dryRun) {
            self.recordImport(result);
        }
        return result;
    }

    /** One row, in its own transaction. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UserImports.Created importRow(ImportFile.Row row, boolean dryRun) {
        return imports.apply(currentUser.actor(), row, dryRun);
    }

    @RolesAllowed(Roles.ADMIN)
    public void recordImport(Result result) {
        audit.success(currentUser.actor(), AuditAction.USERS_IMPORT, AuditTarget.object(null), List.of(),
                result.created() + " created, " + result.skipped() + " skipped, " + result.failed() + " failed");
    }
}
