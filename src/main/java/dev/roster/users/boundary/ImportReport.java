package dev.roster.users.boundary;

import dev.roster.problems.BusinessException;
import dev.roster.users.control.ImportFile;
import dev.roster.users.control.UserImports;
import dev.roster.users.control.UserRules;
import dev.roster.users.entity.DuplicateEmailException;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an import of a users' CSV file reports, row by row, for the API ({@link UserImportService})
 * and the command line alike: an email that an earlier row of the file names is skipped before any
 * work; a row whose email has an account already is skipped with the reason; a refused row is an
 * error naming the rule it breaks.
 */
public final class ImportReport {

    private static final Logger LOG = Logger.getLogger(ImportReport.class.getName());

    private ImportReport() {
    }

    /** What became of a row; {@code password} only for a row that had none and got one generated. */
    @JsonbNillable(false)
    public record Row(long line, String email, String result, String detail, String password) implements Serializable {
    }

    /** The import's counts and each row's outcome, in the file's order. */
    public record Result(boolean dryRun, long created, long skipped, long failed, List<Row> rows) implements Serializable {

        /** The counts, as the audit log and the command line say them. */
        public String summary() {
            return created + " created, " + skipped + " skipped, " + failed + " failed";
        }
    }

    /** The outcomes of the rows as far as the file alone decides them: a repeated email is skipped, every other row is still to do (null). */
    public static Row[] start(List<ImportFile.Row> rows) {
        Row[] outcomes = new Row[rows.size()];
        Map<String, Long> firstLine = new HashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            ImportFile.Row row = rows.get(i);
            String email = UserRules.normalizeEmail(row.get("email"));
            Long earlier = email.isEmpty() ? null : firstLine.putIfAbsent(email, row.line());
            if (earlier != null) {
                outcomes[i] = new Row(row.line(), email, "skipped", "The email is on line " + earlier + " already", null);
            }
        }
        return outcomes;
    }

    /** A row's outcome from its attempt ({@link UserImports#apply}, in a transaction of its own); an unforeseen failure is the row's error, and logged. */
    public static Row attempt(ImportFile.Row row, Supplier<UserImports.Created> apply) {
        String email = UserRules.normalizeEmail(row.get("email"));
        try {
            UserImports.Created done = apply.get();
            return new Row(row.line(), done.email(), "created", null, done.generatedPassword());
        } catch (DuplicateEmailException exists) {
            return new Row(row.line(), email, "skipped", exists.getMessage(), null);
        } catch (BusinessException refusal) {
            return new Row(row.line(), email, "error", refusal.getMessage(), null);
        } catch (RuntimeException unforeseen) {
            LOG.log(Level.WARNING, "Import of line " + row.line() + " failed", unforeseen);
            return new Row(row.line(), email, "error", "The row could not be written; the server's log says why", null);
        }
    }

    /** The report of every row's outcome. */
    public static Result of(boolean dryRun, Row[] outcomes) {
        long created = Arrays.stream(outcomes).filter(r -> r.result().equals("created")).count();
        long skipped = Arrays.stream(outcomes).filter(r -> r.result().equals("skipped")).count();
        return new Result(dryRun, created, skipped, outcomes.length - created - skipped, List.of(outcomes));
    }
}
