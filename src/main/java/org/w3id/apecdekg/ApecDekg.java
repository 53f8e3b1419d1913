package org.w3id.apecdekg;

import org.w3id.apecdekg.cli.CliErrors;
import org.w3id.apecdekg.cli.EvaluateCommand;
import org.w3id.apecdekg.cli.LoadCommand;
import org.w3id.apecdekg.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code serve} (the default), {@code load}, {@code evaluate}. */
@Command(name = "apec-dekg", mixinStandardHelpOptions = true, version = "apec-dekg " + ApecDekg.VERSION,
        description = "APEC Digital Economy Knowledge Graph",
        subcommands = {ServeCommand.class, LoadCommand.class, EvaluateCommand.class,
                org.w3id.apecdekg.export.ExportCommand.class, org.w3id.apecdekg.imports.ImportCommand.class,
                org.w3id.apecdekg.backup.BackupCommand.class, org.w3id.apecdekg.backup.RestoreCommand.class,
                org.w3id.apecdekg.backup.CompactCommand.class, org.w3id.apecdekg.security.HashPasswordCommand.class,
                org.w3id.apecdekg.faststart.FastStartCommand.class})
public final class ApecDekg {

    public static final String VERSION = "0.1.0";

    /**
     * The command line with its error handling: a command failing with an exception prints one line,
     * {@code error: <message>} naming the path at fault, and exits 1 (see {@link CliErrors}).
     */
    public static CommandLine commandLine() {
        return new CommandLine(new ApecDekg()).setExecutionExceptionHandler(new CliErrors());
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // No arguments: serve with the configured defaults. Building the command-line model costs
            // ~0.3 s of a start (picocli's classes are Java 5 bytecode, which the JVM's class-data
            // and AOT caches cannot hold), so the plain start skips it.
            try {
                new ServeCommand().call();
            } catch (RuntimeException e) {
                CliErrors.report(e, new java.io.PrintWriter(System.err, true));
                System.exit(CliErrors.EXIT);
            }
            return;
        }
        int exit = commandLine().execute(args);
        if (exit != 0 || !args[0].equals("serve")) {
            System.exit(exit);
        }
    }
}
