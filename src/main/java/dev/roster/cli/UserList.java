package dev.roster.cli;

import dev.roster.platform.Timestamps;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.UserPage;
import dev.roster.users.control.UserQuery;
import dev.roster.platform.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "userlist", description = "Lists users, newest first: a table, or with --json an array of users "
        + "with the API's field names.")
class UserList extends AdminCommand {

    @Option(names = "--json", description = "a JSON array of users, as GET /api/v1/auth/users answers")
    boolean json;

    @Option(names = "--search", paramLabel = "TEXT", description = "only users whose email or display name has words starting so, "
            + "as the API's search")
    String search;

    @Override
    public Integer call() {
        UserQuery first = UserQuery.parse(search, null, null, null, null, null, String.valueOf(UserQuery.MAX_LIMIT));
        List<UserRepresentation> users = cli.inTransaction(work -> {
            List<UserRepresentation> all = new ArrayList<>();
            UserQuery query = first;
            UserPage page;
            do {
                page = work.users().search(query);
                page.rows().stream().map(UserRepresentation::of).forEach(all::add);
                query = new UserQuery(query.search(), null, null, query.sort(), query.ascending(), query.offset() + query.limit(), query.limit());
            } while (!page.rows().isEmpty() && all.size() < page.total());
            return all;
        });
        PrintWriter out = out();
        if (json) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            users.forEach(user -> array.add(user.toJson()));
            out.println(array.build());
        } else {
            out.print(table(users));
        }
        out.flush();
        return 0;
    }

    static String table(List<UserRepresentation> users) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "EMAIL", "NAME", "ADMIN", "ACTIVE", "LAST LOGIN"});
        for (UserRepresentation user : users) {
            rows.add(new String[] {user.userId(), user.email(), user.displayName() == null ? "" : user.displayName(),
                user.isAdmin() ? "yes" : "no", user.isActive() ? "yes" : "no",
                user.lastLoginAt() == null ? "never" : Timestamps.format(user.lastLoginAt())});
        }
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
