package dev.roster.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** One of {@code roster-admin}'s commands: it answers its exit status, and reaches the database through {@link AdminCli}. */
abstract class AdminCommand implements Callable<Integer> {

    @ParentCommand
    AdminCli cli;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
