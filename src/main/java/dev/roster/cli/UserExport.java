package dev.roster.cli;

import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.boundary.UserCsv;
import dev.roster.users.control.UserPage;
import dev.roster.users.control.UserQuery;
import dev.roster.users.entity.UserStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "userexport", description = "Writes users as CSV to standard output, as GET /api/v1/auth/users/export does "
        + "(newest first, formula-safe, importable by userimport): userexport > users.csv")
class UserExport extends AdminCommand {

    @Option(names = "--search", paramLabel = "TEXT", description = "only users whose email or display name has words starting so, "
            + "as the API's search")
    String search;

    @Option(names = "--pending", description = "only accounts that await approval")
    boolean pending;

    @Option(names = "--group", paramLabel = "NAME", description = "only the members of this group")
    String group;

    @Override
    public Integer call() {
        UserQuery first = UserQuery.parse(search, null, null, pending ? UserStatus.PENDING.code : null, group, null, null, null,
                String.valueOf(UserQuery.MAX_LIMIT));
        cli.inTransaction(work -> {
            try {
                UserCsv csv = new UserCsv(out());
                long written = 0;
                UserQuery query = first;
                UserPage page;
                do {
                    page = work.users().search(query);
                    for (var row : page.rows()) {
                        csv.write(ManagedUser.of(row));
                        written++;
                    }
                    csv.flush();
                    query = query.next();
                } while (!page.rows().isEmpty() && written < page.total());
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return 0;
    }
}
