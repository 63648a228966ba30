package dev.roster.users.entity;

import dev.roster.problems.ServerBusyException;
import java.time.Duration;

/**
 * A request that needs a password hashed (a login, setting a password) while as many hashes as
 * the server queues are already running or waiting: refused at once, instead of joining a queue
 * that would hold request threads away from every other request.
 */
public class HashingBusyException extends ServerBusyException {

    public HashingBusyException() {
        super("The server is busy with other sign-ins; try again in a moment", Duration.ofSeconds(1));
    }
}
