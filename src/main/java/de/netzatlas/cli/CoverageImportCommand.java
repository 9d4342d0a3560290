package de.netzatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzatlas coverage import FILE [--stand DATE] [--dry-run]}; exit 3 on validation errors. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Importiert Versorgungsdaten aus einer CSV-Datei (Aufbau: README, Abschnitt Importformate).",
                "Erst wird alles geprüft; bei Fehlern wird nichts geschrieben (Exit-Code 3)."})
final class CoverageImportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "CSV-Datei (;, Dezimalkomma, UTF-8 oder Windows-1252)")
    Path file;

    @Option(names = "--stand", paramLabel = "DATE", converter = CliDates.class,
            description = "Stand (TT.MM.JJJJ) für Zeilen ohne Spalte „stand“")
    LocalDate stand;

    @Option(names = "--dry-run", description = "Nur prüfen, nichts schreiben")
    boolean dryRun;

    @Override
    public Integer call() {
        try (AppServices services = openServices()) {
            ImportResult result;
            try {
                result = services.coverage().importCsv(file, stand, dryRun);
            } catch (java.io.UncheckedIOException e) {
                err().println("Fehler: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            PrintWriter out = out();
            PrintWriter err = err();
            if (!result.ok()) {
                result.errors().forEach(e -> err.println(e));
                err.println(result.errors().size() + " Fehler – nichts wurde geschrieben.");
                err.flush();
                return ExitCodes.VALIDATION;
            }
            List<String> dates = result.stands().stream().sorted().map(d -> d.format(CoverageStand.GERMAN_DATE)).toList();
            String stands = dates.size() <= 6 ? "Stand " + String.join(", ", dates)
                    : dates.size() + " Stände vom " + dates.get(0) + " bis " + dates.get(dates.size() - 1);
            out.println((dryRun ? "Geprüft, nichts geschrieben: " : "Importiert: ") + result.rows()
                    + " Zeilen, " + stands + ".");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
