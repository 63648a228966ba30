package dev.roster.cli;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "groupdel", description = "Deletes a group, after confirmation. Its members keep their accounts.")
class GroupDel extends AdminCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the group to delete")
    String name;

    @Option(names = "--force", description = "do not ask for confirmation")
    boolean force;

    @Override
    public Integer call() {
        String id = cli.inTransaction(work -> AdminCli.group(work, name).getId()); // an unknown group is refused before the question
        if (!force && !cli.terminal().confirm("Delete group " + name + "?")) {
            err().println("Not deleted");
            return AdminCli.REFUSED;
        }
        cli.attempt(AuditAction.GROUP_DELETE, AuditTarget.object(id), work -> {
            work.groups().delete(Actor.COMMAND_LINE, id);
            return null;
        });
        out().println("Deleted group " + name);
        return 0;
    }
}
