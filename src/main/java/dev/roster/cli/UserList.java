package dev.roster.cli;

import dev.roster.users.boundary.ManagedUser;
import dev.roster.wire.Timestamps;
import dev.roster.wire.Wire;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "userlist", description = "Lists users, newest first: a table, or with --json an array of users "
        + "with the API's field names.")
class UserList extends AdminCommand {

    @Option(names = "--json", description = "a JSON array of users, as GET /api/v1/auth/users answers")
    boolean json;

    @Mixin
    UserFilter filter;

    @Override
    public Integer call() {
        List<ManagedUser> users = cli.inTransaction(work -> {
            List<ManagedUser> all = new ArrayList<>();
            filter.forEach(work, all::add);
            return all;
        });
        PrintWriter out = out();
        if (json) {
            out.println(Wire.toJson(users));
        } else {
            out.print(table(users));
        }
        out.flush();
        return 0;
    }

    static String table(List<ManagedUser> users) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "EMAIL", "NAME", "ADMIN", "STATUS", "LAST LOGIN", "GROUPS"});
        for (ManagedUser user : users) {
            rows.add(new String[] {user.userId(), user.email(), user.displayName() == null ? "" : user.displayName(),
                user.isAdmin() ? "yes" : "no", user.status(),
                user.lastLoginAt() == null ? "never" : Timestamps.format(user.lastLoginAt()), String.join(",", user.groups())});
        }
        return columns(rows);
    }

    /** Rows as aligned columns, two spaces apart, the first row being the heading. */
    static String columns(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            table.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return table.toString();
    }
}
