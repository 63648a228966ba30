package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Without a terminal, one line of standard input answers each question. */
class TerminalTest {

    private final StringWriter prompts = new StringWriter();

    private Terminal piped(String input) {
        return new Terminal(null, new BufferedReader(new StringReader(input)), new PrintWriter(prompts));
    }

    @Test
    void aPipedPasswordIsOneLineTakenExactly() {
        Terminal terminal = piped(" Spaced Passw0rd \nsecond line\n");
        assertEquals(" Spaced Passw0rd ", terminal.newPassword("a@example.com"));
        assertEquals("", prompts.toString(), "a piped password is not prompted for");
    }

    @Test
    void endOfInputIsAnEmptyPasswordForThePolicyToRefuse() {
        assertEquals("", piped("").newPassword("a@example.com"));
    }

    @Test
    void onlyYesConfirms() {
        assertTrue(piped("y\n").confirm("Delete user a@example.com?"));
        assertTrue(piped(" YES \n").confirm("Delete?"));
        assertFalse(piped("n\n").confirm("Delete?"));
        assertFalse(piped("\n").confirm("Delete?"));
        assertFalse(piped("yep\n").confirm("Delete?"));
        assertFalse(piped("").confirm("Delete?"));
        assertTrue(prompts.toString().startsWith("Delete user a@example.com? [y/N] "), prompts::toString);
    }
}
