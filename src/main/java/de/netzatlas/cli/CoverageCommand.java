package de.netzatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code netzatlas coverage import|summary}: Festnetz-Versorgung je Gemeinde. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Versorgungsdaten (Festnetz) importieren und zusammenfassen.",
        subcommands = {CoverageImportCommand.class, CoverageSummaryCommand.class})
final class CoverageCommand implements Runnable {

    @ParentCommand
    NetzatlasCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unterbefehl fehlt: import oder summary");
    }
}
