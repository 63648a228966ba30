package dev.roster.users.boundary;

import dev.roster.wire.Timestamps;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Users as CSV (RFC 4180, Apache Commons CSV): the export's columns, one user per row, the
 * groups' names joined by {@code ;}. Formula-safe, as OWASP advises against CSV injection: a cell
 * that a spreadsheet would read as a formula (beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is prefixed with {@code '}.
 */
public final class UserCsv {

    public static final List<String> COLUMNS = List.of("user_id", "email", "display_name", "is_admin", "status", "groups", "created_at",
            "last_login_at");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private final CSVPrinter printer;

    /** Writes the header row at once. */
    public UserCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    public void write(ManagedUser user) throws IOException {
        printer.printRecord(user.userId(), safe(user.email()), safe(user.displayName()), user.isAdmin(), user.status(),
                String.join(";", user.groups()), time(user.createdAt()), time(user.lastLoginAt()));
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** The cell as a spreadsheet shows it, never as a formula it runs. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String time(Instant instant) {
        return instant == null ? null : Timestamps.format(instant);
    }
}
