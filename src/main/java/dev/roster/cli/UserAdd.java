package dev.roster.cli;

import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.NewAccount;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "useradd", description = "Creates an active user. Without --password, asks for it twice (hidden), "
        + "or reads one line of standard input when that is not a terminal.")
class UserAdd extends AdminCommand {

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "login id; trimmed and lower-cased")
    String email;

    @Option(names = "--name", paramLabel = "NAME", description = "display name")
    String name;

    @Option(names = "--admin", description = "make the user an administrator")
    boolean admin;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "the password (visible to other local users in the process list; prefer the prompt)")
    String password;

    @Option(names = "--require-password-change", description = "the user chooses their own password at their first login")
    boolean requirePasswordChange;

    @Override
    public Integer call() {
        String secret = password != null ? password : cli.terminal().newPassword(email);
        UserRepresentation user = cli.attempt(AuditAction.USER_CREATE, email, work -> UserRepresentation.of(
                work.administration().create(Actor.COMMAND_LINE, new NewAccount(email, name, secret, admin), List.of(), false,
                        requirePasswordChange), List.of()));
        out().println("Created " + (user.isAdmin() ? "administrator " : "user ") + user.email() + " (" + user.userId() + ")");
        return 0;
    }
}
