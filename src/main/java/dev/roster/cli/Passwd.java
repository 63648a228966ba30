package dev.roster.cli;

import dev.roster.users.control.UserChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "passwd", description = "Resets a user's password and ends all of their sessions and API keys: the way "
        + "back in for an administrator who forgot theirs. Asks for the password twice (hidden), or reads one line of "
        + "standard input when that is not a terminal.")
class Passwd extends AdminCommand {

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "whose password")
    String email;

    @Option(names = "--keep-api-keys", description = "leave the user's API keys working")
    boolean keepApiKeys;

    @Option(names = "--require-password-change", description = "the user chooses their own password at their next login")
    boolean requirePasswordChange;

    @Override
    public Integer call() {
        String secret = cli.terminal().newPassword(email);
        String who = cli.update(email, new UserChange(null, null, secret, null, null, !keepApiKeys, null, requirePasswordChange)).email();
        out().println("Password of " + who + " reset; their sessions" + (keepApiKeys ? " have" : " and API keys have") + " ended"
                + (requirePasswordChange ? "; they choose their own at their next login" : ""));
        return 0;
    }
}
