package dev.roster.users.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.wire.Wire;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserRepresentationWriterTest {

    @Test
    void writesWhatJsonBWouldWrite() {
        Instant created = Instant.parse("2026-05-07T21:12:09.008123Z");
        for (UserRepresentation user : new UserRepresentation[] {
            new UserRepresentation("u-1", "zoë@example.com", "Zoë \"Z\" <b>\n李雷 \uD83D\uDE00", true, true, "active", List.of("eng", "ops.emea"), created, created, created, true, List.of("change_password", "enrol_mfa")),
            new UserRepresentation("u-2", "al@example.com", null, false, true, "active", List.of(), created, created, null, false, List.of())}) {
            assertEquals(Wire.toJson(user), UserRepresentationWriter.toJson(user));
        }
    }
}
