package dev.roster.cli;

import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "userdel", description = "Deletes a user and their sessions, after confirmation. Deleting the last "
        + "active administrator is refused.")
class UserDel extends AdminCommand {

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the user to delete")
    String email;

    @Option(names = "--force", description = "do not ask for confirmation")
    boolean force;

    @Override
    public Integer call() {
        if (!force) {
            cli.inTransaction(work -> AdminCli.idOf(work, email)); // an unknown user is refused before the question
            if (!cli.terminal().confirm("Delete user " + email + "?")) {
                err().println("Not deleted");
                return AdminCli.REFUSED;
            }
        }
        cli.attempt(AuditAction.USER_DELETE, email, work -> {
            work.administration().delete(Actor.COMMAND_LINE, AdminCli.idOf(work, email));
            return null;
        });
        out().println("Deleted " + email);
        return 0;
    }
}
