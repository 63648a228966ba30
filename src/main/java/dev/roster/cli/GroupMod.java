package dev.roster.cli;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.users.control.GroupFields;
import dev.roster.users.entity.UserGroup;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "groupmod", description = "Renames or describes a group, and adds or removes members (by email), all in one transaction.")
class GroupMod extends AdminCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the group to change")
    String name;

    @Option(names = "--new-name", paramLabel = "NAME", description = "rename the group")
    String newName;

    @Option(names = "--description", paramLabel = "TEXT", description = "describe the group (an empty text clears it)")
    String description;

    @Option(names = "--add-member", paramLabel = "EMAIL", description = "add this user (repeatable)")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove-member", paramLabel = "EMAIL", description = "remove this user (repeatable)")
    List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        if (newName == null && description == null && add.isEmpty() && remove.isEmpty()) {
            throw new UsageException("Nothing to change: give --new-name, --description, --add-member or --remove-member");
        }
        UserGroup changed = cli.attempt(add.isEmpty() && remove.isEmpty() ? AuditAction.GROUP_UPDATE
                        : add.isEmpty() ? AuditAction.GROUP_MEMBER_REMOVE : AuditAction.GROUP_MEMBER_ADD,
                AuditTarget.object(null), work -> {
                    UserGroup group = AdminCli.group(work, name);
                    if (newName != null || description != null) {
                        work.groups().update(Actor.COMMAND_LINE, group.getId(), new GroupFields(newName, description), null);
                    }
                    if (!add.isEmpty()) {
                        work.groups().addMembers(Actor.COMMAND_LINE, group.getId(), add.stream().map(email -> AdminCli.idOf(work, email)).toList());
                    }
                    for (String email : remove) {
                        work.groups().removeMember(Actor.COMMAND_LINE, group.getId(), AdminCli.idOf(work, email));
                    }
                    return group;
                });
        out().println("Changed group " + changed.getName());
        return 0;
    }
}
