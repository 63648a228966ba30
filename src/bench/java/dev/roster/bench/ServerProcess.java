package dev.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process on this machine seen through {@code /proc}: its CPU time (user + system) and
 * resident memory, so a benchmark can say what each request cost the server.
 */
final class ServerProcess {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private final long pid;

    private ServerProcess(long pid) {
        this.pid = pid;
    }

    /** The one running process whose command line contains every marker. */
    static ServerProcess find(String... markers) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> java.util.Arrays.stream(markers).allMatch(c::contains)).orElse(false))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .findFirst()
                .map(p -> new ServerProcess(p.pid()))
                .orElseThrow(() -> new IllegalStateException("no process with " + String.join(" ", markers)));
    }

    /** The integration tests' Payara Micro, started by Arquillian: the one that uses this build's database. */
    static ServerProcess payara() {
        return find("arquillian-payara-micro", "127.0.0.1:" + databasePort() + "/roster");
    }

    /** The integration tests' MariaDB, known by the port the build gave it. */
    static ServerProcess database() {
        return find("mariadbd", "--port=" + databasePort());
    }

    private static int databasePort() {
        String url = System.getProperty("roster.it.db.url");
        return java.net.URI.create(url.substring("jdbc:".length())).getPort();
    }

    long pid() {
        return pid;
    }

    /** CPU seconds used so far, user plus system. */
    double cpuSeconds() {
        String[] fields = stat();
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / CLOCK_TICKS_PER_SECOND;
    }

    /** Resident set size in MiB. */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private String[] stat() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may contain spaces; fields after it start past the last ')'.
            String after = stat.substring(stat.lastIndexOf(')') + 2);
            String[] rest = after.split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
