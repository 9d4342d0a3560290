package de.netzatlas.cli;

import picocli.CommandLine.Command;

/** {@code netzatlas coverage import|summary}: Festnetz-Versorgung je Gemeinde. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Versorgungsdaten (Festnetz) importieren und zusammenfassen.",
        subcommands = {CoverageImportCommand.class, CoverageSummaryCommand.class})
final class CoverageCommand extends CommandGroup {
}
