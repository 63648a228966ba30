package dev.roster.apikeys.control;

import dev.roster.kernel.Limits;
import dev.roster.users.control.Legible;
import dev.roster.users.control.UserRules;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import org.hibernate.validator.constraints.CodePointLength;

/** What a user asks for a key with: a name (trimmed as a display name is) and, optionally, when it stops working. */
public record NewApiKey(
        @NotEmpty(message = "is required") @CodePointLength(max = Limits.API_KEY_NAME_MAX, message = "must be at most {max} characters") @Legible String name,
        @Future(message = "must lie in the future") Instant expiresAt) {

    public NewApiKey {
        name = UserRules.normalizeDisplayName(name);
    }
}
