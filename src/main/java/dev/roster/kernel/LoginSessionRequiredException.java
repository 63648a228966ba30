package dev.roster.kernel;

import dev.roster.problems.AccessDeniedException;

/** Creating API keys and changing the password need a login session: an API key cannot do them. */
public class LoginSessionRequiredException extends AccessDeniedException {

    public LoginSessionRequiredException() {
        super("This action needs a login session; an API key cannot do it");
    }
}
