package dev.roster.cli;

import dev.roster.problems.InvalidInputException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;

/**
 * Questions to the person at the keyboard: a password (hidden, typed twice) and a yes/no
 * confirmation. Without a terminal (input from a pipe or a file) one line of standard
 * input answers each question, so scripts can feed a password without it showing in the
 * process list.
 */
class Terminal {

    private final Console console;
    private final BufferedReader in;
    private final PrintWriter prompts;

    Terminal(Console console, BufferedReader in, PrintWriter prompts) {
        this.console = console;
        this.in = in;
        this.prompts = prompts;
    }

    static Terminal system(PrintWriter prompts) {
        return new Terminal(System.console(), new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), prompts);
    }

    /**
     * A new password for {@code email}: typed twice without echo on a terminal, or one line of
     * standard input (end of input reads as empty, which the password policy then refuses).
     *
     * @throws InvalidInputException when the two entries differ
     */
    String newPassword(String email) {
        if (console == null) {
            String line = readLine();
            return line == null ? "" : line;
        }
        char[] first = console.readPassword("New password for %s: ", email);
        char[] second = first == null ? null : console.readPassword("Repeat the new password: ");
        try {
            if (first == null || second == null) {
                return "";
            }
            if (!Arrays.equals(first, second)) {
                throw new InvalidInputException("password", "the two entries do not match");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (second != null) {
                Arrays.fill(second, ' ');
            }
        }
    }

    /** Asks {@code question [y/N]}; only y or yes (any case) is a yes, end of input is a no. */
    boolean confirm(String question) {
        String answer;
        if (console != null) {
            answer = console.readLine("%s [y/N] ", question);
        } else {
            prompts.print(question + " [y/N] ");
            prompts.flush();
            answer = readLine();
            prompts.println(); // the answer came from a pipe and was not echoed
        }
        if (answer == null) {
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read standard input", e);
        }
    }
}
