package dev.roster.sessions.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.sessions.control.LoginThrottle;
import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.boundary.UserService;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import dev.roster.web.Versioned;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Administrators lift the lockout that failed logins put on an account. */
@Stateless
@DenyAll
public class LockoutService {

    @Inject
    Users users;

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @EJB
    UserService userService;

    /**
     * Lifts a lockout after failed logins: the user may log in at once, and their count of
     * failures starts again. Answers the user as administrators see it, no longer locked.
     *
     * @throws dev.roster.users.entity.UserNotFoundException for an unknown user
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.UNLOCK)
    public Versioned<ManagedUser> unlock(@Audited.AuditTarget String userId) {
        User user = users.getById(userId);
        boolean hadFailures = throttle.reset(user.getEmail());
        audit.success(currentUser.actor(), AuditAction.UNLOCK, AuditTarget.user(user.getId(), user.getEmail()), List.of(),
                hadFailures ? null : "Was not locked");
        return userService.get(userId);
    }
}
