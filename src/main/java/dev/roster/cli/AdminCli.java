package dev.roster.cli;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.problems.BusinessException;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.UserChange;
import dev.roster.users.control.UserRules;
import dev.roster.users.entity.GroupNotFoundException;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserGroup;
import dev.roster.users.entity.UserNotFoundException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.Function;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * Roster's admin command line ({@code java -jar roster-admin.jar}): manages users directly in
 * the database, without the server, so that an installation whose administrators are
 * locked out can be recovered. The changes go through the server's own control classes
 * ({@link dev.roster.users.control.UserAdministration}), so the rules are the API's: unique
 * normalised emails, the active password policy, Argon2id, never zero active
 * administrators, sessions ended on deactivation and password reset.
 */
@Command(name = "roster-admin", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = AdminCli.Version.class,
        description = "Manages Roster's users and groups directly in its database (ROSTER_DB_URL, ROSTER_DB_USER, ROSTER_DB_PASSWORD, "
                + "or the embedded database of a running 'mvn -Prun package').",
        subcommands = {UserAdd.class, UserMod.class, UserDel.class, UserList.class, UserImport.class, UserExport.class, Passwd.class,
            GroupAdd.class, GroupMod.class, GroupDel.class, GroupList.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done",
            "1:refused (the API's reason on standard error: last administrator, email taken, password policy, user or group not found, a broken CSV file), "
                + "not confirmed, or an imported row failed",
            "2:usage error, or no database coordinates",
            "3:failure (database unreachable, unexpected error)"})
public final class AdminCli implements Runnable {

    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    // Held here: java.util.logging keeps loggers only weakly, and would forget their levels.
    private static final Logger ROOT_LOGGER = Logger.getLogger("");
    private static final Logger SQL_ERRORS = Logger.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper");

    private final Settings settings;
    private final Terminal terminal;
    private CommandLineDatabase database;

    @Spec
    CommandSpec spec;

    AdminCli(Settings settings, Terminal terminal) {
        this.settings = settings;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        quietLogging();
        PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        System.exit(execute(args, Settings.system(), Terminal.system(err), out, err));
    }

    /** Runs one command and answers its exit status. */
    static int execute(String[] args, Settings settings, Terminal terminal, PrintWriter out, PrintWriter err) {
        AdminCli cli = new AdminCli(settings, terminal);
        try {
            return new CommandLine(cli)
                    .setOut(out)
                    .setErr(err)
                    .setExecutionExceptionHandler((e, command, parsed) -> {
                        command.getErr().println(message(e));
                        return exitStatusOf(e);
                    })
                    .execute(args);
        } finally {
            cli.closeDatabase();
        }
    }

    static int exitStatusOf(Exception e) {
        if (e instanceof BusinessException) {
            return REFUSED;
        }
        if (e instanceof UsageException) {
            return USAGE;
        }
        return FAILURE;
    }

    private static String message(Exception e) {
        if (e instanceof BusinessException || e instanceof UsageException) {
            return e.getMessage();
        }
        StringBuilder message = new StringBuilder("roster-admin: ").append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !message.toString().contains(root.getMessage())) {
            message.append(" (").append(root.getMessage()).append(')');
        }
        return message.toString();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: one of useradd, usermod, userdel, userlist, userimport, userexport, passwd, groupadd, groupmod, groupdel, grouplist");
    }

    Terminal terminal() {
        return terminal;
    }

    /** Runs the work in one transaction against the database, which is opened (and migrated) on first use. */
    <T> T inTransaction(Function<CommandLineDatabase.Work, T> work) {
        if (database == null) {
            database = CommandLineDatabase.open(DatabaseCoordinates.from(settings), settings);
        }
        return database.inTransaction(work);
    }

    /**
     * Runs a change to the user with this email in one transaction; a refusal is recorded in the
     * audit log as a failed {@code action} (in a transaction of its own, as the change's rolls back).
     */
    <T> T attempt(AuditAction action, String email, Function<CommandLineDatabase.Work, T> work) {
        return attempt(action, new AuditTarget(null, UserRules.normalizeEmail(email), null), work);
    }

    /** Runs a change in one transaction; a refusal is recorded in the audit log as a failed {@code action} on {@code target}. */
    <T> T attempt(AuditAction action, AuditTarget target, Function<CommandLineDatabase.Work, T> work) {
        try {
            return inTransaction(work);
        } catch (BusinessException refusal) {
            inTransaction(failed -> {
                failed.audit().failure(Actor.COMMAND_LINE, action, target, refusal.getMessage());
                return null;
            });
            throw refusal;
        }
    }

    /** @throws GroupNotFoundException when no group has this name */
    static UserGroup group(CommandLineDatabase.Work work, String name) {
        return work.groups().findByName(name).orElseThrow(GroupNotFoundException::new);
    }

    /** Changes the user with this email, as an administrator's edit in the API would. */
    UserRepresentation update(String email, UserChange change) {
        return update(email, change, false);
    }

    /** Approves the pending user with this email first when asked, then applies the change, in one transaction. */
    UserRepresentation update(String email, UserChange change, boolean approve) {
        return attempt(approve ? AuditAction.USER_APPROVE : AuditAction.USER_UPDATE, email, work -> {
            String userId = idOf(work, email);
            if (approve) {
                work.administration().approve(Actor.COMMAND_LINE, userId);
            }
            User user = work.administration().update(Actor.COMMAND_LINE, userId, change, null);
            return UserRepresentation.of(user, work.groups().namesOf(user.getId()));
        });
    }

    /** Resets the second factor of the user with this email, as an administrator's reset in the API would; their email. */
    String resetMfa(String email) {
        return attempt(AuditAction.MFA_RESET, email, work -> {
            User user = work.users().getById(idOf(work, email));
            work.factors().reset(Actor.COMMAND_LINE, user, work.observers());
            return user.getEmail();
        });
    }

    /** @throws UserNotFoundException when no account has this email */
    static String idOf(CommandLineDatabase.Work work, String email) {
        return work.users().findIdByEmail(email).orElseThrow(UserNotFoundException::new);
    }

    private void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /**
     * Hibernate and Liquibase report through java.util.logging; on a command line only errors
     * belong on the screen, and a refused duplicate email is an answer, not an SQL error.
     */
    private static void quietLogging() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        LogManager.getLogManager().reset();
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.SEVERE);
        ROOT_LOGGER.addHandler(handler);
        ROOT_LOGGER.setLevel(Level.SEVERE);
        SQL_ERRORS.setLevel(Level.OFF);
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AdminCli.class.getPackage().getImplementationVersion();
            return new String[] {"roster-admin " + (version == null ? "(development)" : version)};
        }
    }
}
