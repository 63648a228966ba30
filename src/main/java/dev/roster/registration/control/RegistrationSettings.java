package dev.roster.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether and how people may register themselves, as the installation is configured
 * ({@code ROSTER_ALLOW_REGISTRATION}, {@code ROSTER_REGISTRATION_EMAIL_DOMAINS},
 * {@code ROSTER_REGISTRATION_AUTO_APPROVE}): the one place the API, the pages and the status read it.
 */
@ApplicationScoped
public class RegistrationSettings {

    @Inject
    @ConfigProperty(name = "roster.allow-registration", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "roster.registration.email-domains")
    Optional<String> emailDomains;

    @Inject
    @ConfigProperty(name = "roster.registration.auto-approve", defaultValue = "false")
    boolean autoApprove;

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether a new account is active at once rather than pending. */
    public boolean isAutoApprove() {
        return autoApprove;
    }

    /** The domains whose addresses may register (lower case, as emails are stored); empty: any. */
    public List<String> domains() {
        return emailDomains.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty())
                .toList();
    }

    /** The domains as people read them: {@code @example.com or @example.org}; empty when any may register. */
    public String describeDomains() {
        return domains().stream().map(domain -> "@" + domain).collect(Collectors.joining(" or "));
    }

    /** Whether a normalised email may register: its domain is one of {@link #domains()}, exactly, or there is no such list. */
    public boolean admits(String email) {
        List<String> domains = domains();
        if (domains.isEmpty()) {
            return true;
        }
        int at = email.lastIndexOf('@');
        return at >= 0 && domains.contains(email.substring(at + 1));
    }
}
