package dev.roster.users.control;

import dev.roster.kernel.Limits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Locale;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A group's name and description as an administrator gives them, normalised as they will be
 * stored: the name NFKC, trimmed and lower-cased (so {@code Eng} and {@code eng} are one group),
 * the description NFC and trimmed. In a change, null leaves a field as it is and an empty
 * description clears it. A name is 1 to 64 characters of {@code a-z 0-9 . _ -}; that it is given
 * and is no role's name is checked by {@link Groups}.
 */
public record GroupFields(
        @Size(max = Limits.GROUP_NAME_MAX, message = "must be at most {max} characters")
        @Pattern(regexp = "[a-z0-9._-]*", message = "may only contain a-z, 0-9, '.', '_' and '-'")
        String name,
        @CodePointLength(max = Limits.GROUP_DESCRIPTION_MAX, message = "must be at most {max} characters") @Legible String description) {

    public GroupFields {
        name = name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        description = UserRules.normalizeDisplayName(description);
    }
}
