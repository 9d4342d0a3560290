package de.netzatlas.cli.bench;

import picocli.CommandLine.Command;

/** {@code netzatlas bench …}: performance figures, one {@code name<TAB>value<TAB>unit} line each. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchMapCommand.class, BenchPanCommand.class, BenchImportCommand.class,
        BenchMobileCommand.class, BenchReportCommand.class, BenchEncryptionCommand.class},
        description = "Misst die Leistung (Medianwerte über wiederholte Läufe) und gibt Kennzahlen aus.")
public final class BenchCommand {
}
