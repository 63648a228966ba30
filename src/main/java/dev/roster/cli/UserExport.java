package dev.roster.cli;

import dev.roster.users.boundary.UserCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "userexport", description = "Writes users as CSV to standard output, as GET /api/v1/auth/users/export does "
        + "(newest first, formula-safe, importable by userimport): userexport > users.csv")
class UserExport extends AdminCommand {

    @Mixin
    UserFilter filter;

    @Override
    public Integer call() {
        cli.inTransaction(work -> {
            try {
                UserCsv csv = new UserCsv(out());
                filter.forEach(work, user -> {
                    try {
                        csv.write(user);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                csv.flush();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return 0;
    }
}
