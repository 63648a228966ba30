package dev.roster.cli;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.users.boundary.ImportReport;
import dev.roster.users.control.ImportFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "userimport", description = "Creates the users of a CSV file, as POST /api/v1/auth/users/import does: "
        + "the file is checked whole first (a broken one writes nothing), then each row is created in a transaction of its own. "
        + "Prints every row's result, with the password generated for a row that had none; exit status 1 if any row failed.")
class UserImport extends AdminCommand {

    @Parameters(paramLabel = "FILE", description = "UTF-8 CSV with a header row: email, display_name, password, is_admin, groups, status")
    Path file;

    @Option(names = "--dry-run", description = "judge every row as a real import would, and write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        List<ImportFile.Row> rows;
        try (InputStream in = Files.newInputStream(file)) {
            rows = ImportFile.read(in);
        } catch (IOException e) {
            throw new UsageException("Cannot read " + file + ": " + e.getMessage());
        }
        ImportReport.Row[] outcomes = ImportReport.start(rows);
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                ImportFile.Row row = rows.get(i);
                outcomes[i] = ImportReport.attempt(row, () -> cli.inTransaction(work -> work.imports().apply(Actor.COMMAND_LINE, row, dryRun)));
            }
        }
        ImportReport.Result result = ImportReport.of(dryRun, outcomes);
        if (!dryRun) {
            cli.inTransaction(work -> {
                work.audit().success(Actor.COMMAND_LINE, AuditAction.USERS_IMPORT, AuditTarget.object(null), List.of(), result.summary());
                return null;
            });
        }
        PrintWriter out = out();
        out.print(table(result));
        out.println((dryRun ? "Dry run, nothing written: " : "") + result.summary());
        out.flush();
        return result.failed() > 0 ? AdminCli.REFUSED : 0;
    }

    static String table(ImportReport.Result result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"LINE", "EMAIL", "RESULT", "PASSWORD", "DETAIL"});
        for (ImportReport.Row row : result.rows()) {
            rows.add(new String[] {String.valueOf(row.line()), row.email(), row.result(), row.password() == null ? "" : row.password(),
                row.detail() == null ? "" : row.detail()});
        }
        return UserList.columns(rows);
    }
}
