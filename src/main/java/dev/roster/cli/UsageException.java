package dev.roster.cli;

/** The command cannot run as given (missing database coordinates, nothing to change): exit status 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
