package de.netzatlas.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.report.ReportModel;
import de.netzatlas.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netzatlas report --year 2025 [--as-of 2025-12-31] --out bericht-2025.pdf [--xlsx tables.xlsx]}:
 * the annual CIO report as PDF (and its tables as XLSX). Progress on stderr; each file is written to a
 * temporary file and moved into place, so exit code 0 means every requested file is complete.
 */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = ReportTextCommand.class,
        description = {"Erstellt den Bericht des Landes-CIO als PDF (A4, PDF/A-2b) aus dem Datenbestand zum Stichtag,",
                "optional die Tabellen des Berichts als XLSX-Arbeitsmappe. Die Datenbank wird nur gelesen.",
                "Texte des Berichtsjahres (Vorwort, Impressum, Kapiteltexte): report text."})
final class ReportCommand extends Subcommand {

    // --year and --out are required for the report itself, checked in call(): picocli would otherwise
    // demand them before the subcommand too ("report text …")
    @Option(names = "--year", paramLabel = "JAHR", description = "Berichtsjahr, z. B. 2025 (Pflicht)")
    int year;

    @Option(names = "--as-of", paramLabel = "DATUM", converter = CliDates.class,
            description = "Stichtag (Standard: 31.12. des Berichtsjahres), JJJJ-MM-TT oder TT.MM.JJJJ")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DATEI.pdf", description = "Ziel-PDF (Pflicht)")
    Path out;

    @Option(names = "--xlsx", paramLabel = "DATEI.xlsx", description = "Tabellen des Berichts als XLSX (optional)")
    Path xlsx;

    @Override
    public Integer call() {
        PrintWriter err = err();
        requireOptions("--year", "--out");
        if (year < 2000 || year > 2100) {
            err.println("Fehler: --year " + year + " liegt außerhalb von 2000–2100.");
            return ExitCodes.USAGE;
        }
        LocalDate cutOff = asOf != null ? asOf : ReportService.defaultCutOff(year);
        try (AppServices services = openServices()) {
            err.println("Bericht " + year + ": Daten zum Stichtag " + cutOff.format(CliDates.GERMAN) + " werden gelesen …");
            ReportService report = services.report();
            ReportModel.Document doc = report.assemble(year, cutOff);
            err.println("PDF wird gesetzt (Karten, Diagramme, Inhaltsverzeichnis) …");
            report.writePdf(doc, out);
            err.println("PDF geschrieben: " + out.toAbsolutePath());
            if (xlsx != null) {
                report.writeXlsx(doc, xlsx);
                err.println("Tabellen geschrieben: " + xlsx.toAbsolutePath() + " (" + de.netzatlas.report.XlsxTablesWriter.sheetCount(doc)
                        + " Tabellenblätter)");
            }
            if (doc.demo()) {
                err.println("Hinweis: Der Bericht enthält Demodaten (Wasserzeichen auf jeder Seite).");
            }
            err.flush();
            return ExitCodes.OK;
        } catch (UncheckedIOException e) {
            err.println("Fehler: " + e.getMessage());
            return 1;
        }
    }

    /** A usage error (exit 2, "es fehlt --year=JAHR") for each required option not given. */
    private void requireOptions(String... names) {
        java.util.List<picocli.CommandLine.Model.ArgSpec> missing = new java.util.ArrayList<>();
        for (String name : names) {
            if (!spec.commandLine().getParseResult().hasMatchedOption(name)) {
                missing.add(spec.findOption(name));
            }
        }
        if (!missing.isEmpty()) {
            throw new picocli.CommandLine.MissingParameterException(spec.commandLine(), missing,
                    "Missing required options");
        }
    }
}
