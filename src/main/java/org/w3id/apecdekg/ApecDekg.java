package org.w3id.apecdekg;

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
                org.w3id.apecdekg.backup.CompactCommand.class, org.w3id.apecdekg.security.HashPasswordCommand.class})
public final class ApecDekg {

    public static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int exit = new CommandLine(new ApecDekg()).execute(effective);
        if (exit != 0 || !effective[0].equals("serve")) {
            System.exit(exit);
        }
    }
}
