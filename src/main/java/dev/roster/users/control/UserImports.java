package dev.roster.users.control;

import dev.roster.kernel.Actor;
import dev.roster.problems.FieldErrors;
import dev.roster.users.entity.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * One row of a users' CSV import, judged by the rules of an administrator's create (the same
 * {@link UserAdministration#create}): the email, name and password rules, the groups named, and
 * {@code is_admin} and {@code status} as the file spells them. A row without a password gets a
 * generated one (hashed at least cost, {@link PasswordHasher#hashGenerated}), which the outcome
 * carries for the administrator to hand out. A dry run judges the row without hashing or writing
 * anything. Each row runs in a transaction of its own, on whichever thread the import gives it.
 */
@ApplicationScoped
public class UserImports {

    @Inject
    UserAdministration administration;

    @Inject
    Users users;

    @Inject
    Groups groups;

    @Inject
    PasswordGenerator generator;

    protected UserImports() {
    }

    /** For use outside the container (the admin command line), where the caller runs each row in a transaction of its own. */
    public UserImports(UserAdministration administration, Users users, Groups groups, PasswordGenerator generator) {
        this.administration = administration;
        this.users = users;
        this.groups = groups;
        this.generator = generator;
    }

    /** A row that was (or, in a dry run, would be) created: its email as stored, and the password generated for it, if any. */
    public record Created(String email, String generatedPassword) {
    }

    /**
     * @throws dev.roster.problems.InvalidInputException naming each rule the row breaks
     * @throws dev.roster.users.entity.DuplicateEmailException when the email has an account already
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Created apply(Actor actor, ImportFile.Row row, boolean dryRun) {
        FieldErrors errors = new FieldErrors();
        boolean admin = flag(row.get("is_admin"), errors);
        UserStatus status = status(row.get("status"), errors);
        errors.throwIfAny();
        String given = row.get("password");
        String password = given.isEmpty() ? generator.generate() : given;
        NewAccount account = new NewAccount(row.get("email"), row.get("display_name"), password, admin, status);
        List<String> groupNames = ImportFile.groupNames(row.get("groups"));
        if (dryRun) {
            users.check(account);
            groups.named(groupNames);
        } else {
            // A generated password is handed to the administrator: the user chooses their own at their first login.
            administration.create(actor, account, groupNames, given.isEmpty(), given.isEmpty());
        }
        return new Created(account.email(), given.isEmpty() ? password : null);
    }

    private static boolean flag(String cell, FieldErrors errors) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "", "false", "0", "no" -> false;
            case "true", "1", "yes" -> true;
            default -> {
                errors.add("is_admin", "must be true or false");
                yield false;
            }
        };
    }

    private static UserStatus status(String cell, FieldErrors errors) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "", "active" -> UserStatus.ACTIVE;
            case "inactive" -> UserStatus.INACTIVE;
            default -> {
                errors.add("status", "must be active or inactive");
                yield UserStatus.ACTIVE;
            }
        };
    }
}
