package dev.roster.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A benchmark's findings, written as Markdown for people and JSON for tools under
 * {@code target/bench/}. Each figure is the median over the repeated runs of a scenario.
 */
final class Report {

    /**
     * One scenario's figures. Of the server's CPU per request, {@code compilerCpuMillisPerRequest}
     * went to the JIT compilers and {@code collectorCpuMillisPerRequest} to the garbage collector.
     */
    record Figure(String scenario, int concurrency, int requests, double throughput, double p50Millis, double p99Millis,
                  double serverCpuMillisPerRequest, double compilerCpuMillisPerRequest, double collectorCpuMillisPerRequest,
                  double databaseCpuMillisPerRequest) {

        static Figure of(Load.Result r, double databaseCpuMillisPerRequest) {
            return new Figure(r.name(), r.concurrency(), r.requests(), r.throughput(), r.p50Millis(), r.p99Millis(),
                    r.serverCpuMillisPerRequest(), r.threads().compiler() * 1000 / r.requests(),
                    r.threads().collector() * 1000 / r.requests(), databaseCpuMillisPerRequest);
        }
    }

    record Target(String what, String goal, String measured, boolean met) {
    }

    private final String name;
    private final List<String> notes = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    Report(String name) {
        this.name = name;
        note("load average (1, 5, 15 min) at the start: " + loadAverage());
    }

    /** The machine's load average: CPU figures measured while others compete for the cores read higher. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] " + text);
    }

    void figure(Figure figure) {
        figures.add(figure);
        System.out.printf(Locale.ROOT, "[bench] %-28s c=%-2d n=%-5d %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  server %6.3f ms CPU/req"
                        + " (JIT %5.3f, GC %5.3f)  db %6.3f ms CPU/req%n",
                figure.scenario(), figure.concurrency(), figure.requests(), figure.throughput(), figure.p50Millis(), figure.p99Millis(),
                figure.serverCpuMillisPerRequest(), figure.compilerCpuMillisPerRequest(), figure.collectorCpuMillisPerRequest(),
                figure.databaseCpuMillisPerRequest());
    }

    void target(String what, String goal, String measured, boolean met) {
        targets.add(new Target(what, goal, measured, met));
        System.out.println("[bench] target " + what + ": " + goal + ", measured " + measured + (met ? " (met)" : " (MISSED)"));
    }

    /** The median of each figure over repeated runs of one scenario. */
    static Figure median(List<Figure> runs) {
        Figure first = runs.get(0);
        return new Figure(first.scenario(), first.concurrency(), first.requests(), median(runs, Figure::throughput),
                median(runs, Figure::p50Millis), median(runs, Figure::p99Millis), median(runs, Figure::serverCpuMillisPerRequest),
                median(runs, Figure::compilerCpuMillisPerRequest), median(runs, Figure::collectorCpuMillisPerRequest),
                median(runs, Figure::databaseCpuMillisPerRequest));
    }

    /** The median of one value over repeated runs. */
    static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    void write() {
        note("load average (1, 5, 15 min) at the end: " + loadAverage());
        Path dir = Path.of("target", "bench");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".md"), markdown());
            Files.writeString(dir.resolve(name + ".json"), json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# " + name + "\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n| scenario | concurrency | requests | req/s | p50 ms | p99 ms | server CPU ms/req | of which JIT | of which GC"
                + " | database CPU ms/req |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.2f | %.3f | %.3f | %.3f | %.3f |%n", f.scenario(),
                    f.concurrency(), f.requests(), f.throughput(), f.p50Millis(), f.p99Millis(), f.serverCpuMillisPerRequest(),
                    f.compilerCpuMillisPerRequest(), f.collectorCpuMillisPerRequest(), f.databaseCpuMillisPerRequest()));
        }
        if (!targets.isEmpty()) {
            md.append("\n| target | goal | measured | met |\n|---|---|---|---|\n");
            targets.forEach(t -> md.append("| ").append(t.what()).append(" | ").append(t.goal()).append(" | ")
                    .append(t.measured()).append(" | ").append(t.met() ? "yes" : "**no**").append(" |\n"));
        }
        return md.toString();
    }

    private String json() {
        JsonArrayBuilder figureArray = Json.createArrayBuilder();
        for (Figure f : figures) {
            figureArray.add(Json.createObjectBuilder().add("scenario", f.scenario()).add("concurrency", f.concurrency())
                    .add("requests", f.requests()).add("throughput", f.throughput()).add("p50_ms", f.p50Millis())
                    .add("p99_ms", f.p99Millis()).add("server_cpu_ms_per_request", f.serverCpuMillisPerRequest())
                    .add("server_jit_cpu_ms_per_request", f.compilerCpuMillisPerRequest())
                    .add("server_gc_cpu_ms_per_request", f.collectorCpuMillisPerRequest())
                    .add("database_cpu_ms_per_request", f.databaseCpuMillisPerRequest()));
        }
        JsonArrayBuilder targetArray = Json.createArrayBuilder();
        targets.forEach(t -> targetArray.add(Json.createObjectBuilder().add("target", t.what()).add("goal", t.goal())
                .add("measured", t.measured()).add("met", t.met())));
        JsonArrayBuilder noteArray = Json.createArrayBuilder();
        notes.forEach(noteArray::add);
        JsonObjectBuilder root = Json.createObjectBuilder().add("name", name).add("notes", noteArray)
                .add("figures", figureArray).add("targets", targetArray);
        return root.build().toString();
    }
}
