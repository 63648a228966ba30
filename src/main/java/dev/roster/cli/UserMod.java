package dev.roster.cli;

import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.UserChange;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "usermod", description = "Changes a user. A new password ends all of the user's sessions, and so does "
        + "deactivation; demoting or deactivating the last active administrator is refused.")
class UserMod extends AdminCommand {

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the user to change")
    String email;

    @Option(names = "--name", paramLabel = "NAME", description = "new display name (empty clears it)")
    String name;

    @Option(names = "--new-email", paramLabel = "EMAIL", description = "new login id")
    String newEmail;

    @ArgGroup(exclusive = true)
    Password password;

    @ArgGroup(exclusive = true)
    Role role;

    @ArgGroup(exclusive = true)
    Status status;

    static class Password {
        @Option(names = "--password", required = true, paramLabel = "PASSWORD", description = "new password (visible in the process list)")
        String value;

        @Option(names = "--prompt-password", required = true, description = "ask for the new password")
        boolean prompt;
    }

    @Option(names = "--keep-api-keys", description = "with a new password: leave the user's API keys working (by default they are revoked)")
    boolean keepApiKeys;

    @Option(names = "--require-password-change", description = "with a new password: the user chooses their own at their next login")
    boolean requirePasswordChange;

    @Option(names = "--reset-mfa", description = "turn the user's two-factor sign-in off (a lost phone), ending their sessions")
    boolean resetMfa;

    static class Role {
        @Option(names = "--admin", required = true, description = "make an administrator")
        boolean admin;

        @Option(names = "--no-admin", required = true, description = "take administrator rights away")
        boolean user;
    }

    static class Status {
        @Option(names = "--activate", required = true, description = "allow the user to log in")
        boolean activate;

        @Option(names = "--deactivate", required = true, description = "stop the user from logging in, ending their sessions")
        boolean deactivate;

        @Option(names = "--approve", required = true, description = "let in an account that registered itself and awaits approval")
        boolean approve;
    }

    @Override
    public Integer call() {
        boolean change = name != null || newEmail != null || password != null || role != null || status != null;
        if (!change && !resetMfa) {
            throw new UsageException("Nothing to change: give --name, --new-email, --password, --prompt-password, "
                    + "--admin, --no-admin, --activate, --deactivate, --approve or --reset-mfa");
        }
        if (requirePasswordChange && password == null) {
            throw new UsageException("--require-password-change goes with --password or --prompt-password");
        }
        if (resetMfa) {
            String who = cli.resetMfa(email);
            out().println("Two-factor sign-in of " + who + " reset; their sessions have ended");
            if (!change) {
                return 0;
            }
        }
        String secret = password == null ? null : password.prompt ? cli.terminal().newPassword(email) : password.value;
        boolean approve = status != null && status.approve;
        UserChange userChange = new UserChange(name, newEmail, secret, role == null ? null : role.admin,
                status == null || approve ? null : status.activate, !keepApiKeys, null, requirePasswordChange);
        UserRepresentation user = cli.update(email, userChange, approve);
        out().println("Updated " + user.email() + ": " + (user.isAdmin() ? "administrator" : "user")
                + ", " + (approve ? "approved" : user.status()) + (secret == null ? "" : keepApiKeys ? ", new password, sessions ended" : ", new password, sessions and API keys ended"));
        return 0;
    }
}
