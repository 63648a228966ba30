package dev.roster.registration.boundary;

import dev.roster.users.entity.UserStatus;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /auth/register}: anyone asks for an account. 202 with the status it has (pending,
 * or active with auto-approval), the same answer whether the email was new or taken.
 */
@Path("auth/register")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registration;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(SignUp body) {
        UserStatus status = registration.register(body.email(), body.displayName(), body.password());
        return Response.accepted(new Registered(true, status.code)).build();
    }

    public record SignUp(String email, String displayName, String password) {
    }

    public record Registered(boolean success, String status) {
    }
}
