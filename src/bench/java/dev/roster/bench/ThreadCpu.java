package dev.roster.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JVM's CPU time so far by kind of thread, read from {@code /proc/<pid>/task}: the request
 * threads, the JIT compilers and the garbage collector (SerialGC collects in the VM thread).
 * A benchmark subtracts two readings to tell the cost of the requests from compilation still
 * going on after the warm-up. Threads that ended in between are lost from the parts, not from
 * {@link ServerProcess#cpuSeconds()}.
 */
record ThreadCpu(double requests, double compiler, double collector) {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    static ThreadCpu of(long pid) {
        long requests = 0;
        long compiler = 0;
        long collector = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String name;
                long ticks;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException e) {
                    continue; // the thread ended while we looked
                }
                if (name.startsWith("http-thread-poo")) {
                    requests += ticks;
                } else if (name.contains("CompilerThre")) {
                    compiler += ticks;
                } else if (name.equals("VM Thread") || name.startsWith("GC Thread")) {
                    collector += ticks;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the threads of " + pid, e);
        }
        return new ThreadCpu(requests / CLOCK_TICKS_PER_SECOND, compiler / CLOCK_TICKS_PER_SECOND, collector / CLOCK_TICKS_PER_SECOND);
    }

    ThreadCpu minus(ThreadCpu before) {
        return new ThreadCpu(requests - before.requests, compiler - before.compiler, collector - before.collector);
    }
}
