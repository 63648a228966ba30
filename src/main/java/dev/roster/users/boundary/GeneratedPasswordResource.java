package dev.roster.users.boundary;

import dev.roster.kernel.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /auth/generate-password}: a strong random password that passes the active policy. */
@Path("auth/generate-password")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class GeneratedPasswordResource {

    @Inject
    UserService users;

    @GET
    @RolesAllowed(Roles.USER)
    public GeneratedPassword generate() {
        return new GeneratedPassword(users.generatePassword());
    }

    public record GeneratedPassword(String password) {
    }
}
