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
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Erstellt den Bericht des Landes-CIO als PDF (A4, PDF/A-2b) aus dem Datenbestand zum Stichtag,",
                "optional die Tabellen des Berichts als XLSX-Arbeitsmappe. Die Datenbank wird nur gelesen."})
final class ReportCommand extends Subcommand {

    @Option(names = "--year", required = true, paramLabel = "JAHR", description = "Berichtsjahr, z. B. 2025")
    int year;

    @Option(names = "--as-of", paramLabel = "DATUM", converter = CliDates.class,
            description = "Stichtag (Standard: 31.12. des Berichtsjahres), JJJJ-MM-TT oder TT.MM.JJJJ")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DATEI.pdf", description = "Ziel-PDF")
    Path out;

    @Option(names = "--xlsx", paramLabel = "DATEI.xlsx", description = "Tabellen des Berichts als XLSX (optional)")
    Path xlsx;

    @Override
    public Integer call() {
        PrintWriter err = err();
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
}
