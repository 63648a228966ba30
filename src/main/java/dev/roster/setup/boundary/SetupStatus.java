package dev.roster.setup.boundary;

/**
 * What an anonymous client may know before logging in: whether setup is needed and which rules
 * apply. {@code multiuser_enabled} is always true (clients written for single-user servers read it).
 */
public record SetupStatus(boolean setupRequired, boolean multiuserEnabled, boolean strictPasswordChecking, boolean registrationEnabled) {

    public SetupStatus(boolean setupRequired, boolean strictPasswordChecking, boolean registrationEnabled) {
        this(setupRequired, true, strictPasswordChecking, registrationEnabled);
    }
}
