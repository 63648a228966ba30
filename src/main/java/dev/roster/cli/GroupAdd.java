package dev.roster.cli;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.users.control.GroupFields;
import dev.roster.users.entity.UserGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "groupadd", description = "Creates a group. Names are a-z, 0-9, '.', '_' and '-' (stored lower-cased), unique, and not a role's.")
class GroupAdd extends AdminCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the group's name, as tokens will carry it")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "what the group is for")
    String description;

    @Override
    public Integer call() {
        UserGroup group = cli.attempt(AuditAction.GROUP_CREATE, AuditTarget.object(null),
                work -> work.groups().create(Actor.COMMAND_LINE, new GroupFields(name, description)));
        out().println("Created group " + group.getName() + " (" + group.getId() + ")");
        return 0;
    }
}
