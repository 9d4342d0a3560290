package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.report.ReportEditionRepository;
import de.netzatlas.report.ReportEditions;
import de.netzatlas.report.ReportModel;
import de.netzatlas.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netzatlas report --year 2025 [--as-of 2025-12-31] --out bericht-2025.pdf [--xlsx tables.xlsx]}:
 * the annual CIO report as PDF (and its tables as XLSX). Progress on stderr. The arguments and the
 * output folders are checked before any work ({@link #checkArguments}); both files are written to
 * temporary files and moved into place only when both are complete, so exit code 0 means every
 * requested file is complete and any other exit code means none was touched.
 */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportTextCommand.class, ReportEditionCommands.Publish.class,
                ReportEditionCommands.Diff.class, ReportEditionCommands.Editions.class},
        description = {"Erstellt den Bericht des Landes-CIO als PDF (A4, PDF/A-2a) aus dem Datenbestand zum Stichtag,",
                "optional die Tabellen des Berichts als XLSX-Arbeitsmappe. Die Datenbank wird nur gelesen.",
                "Ist für das Jahr eine Ausgabe veröffentlicht (report publish), wird sie unverändert ausgegeben;",
                "--live erstellt den Bericht aus dem heutigen Datenstand zum selben Stichtag (report diff).",
                "Texte des Berichtsjahres (Vorwort, Impressum, Kapiteltexte): report text.",
                "Exit-Codes: 0 ok; 2 Aufruffehler, z. B. --as-of nicht im Berichtsjahr oder",
                "--out gleich --xlsx; 4 Datenbank nicht gefunden oder gesperrt; 5 Ausgabedatei",
                "nicht schreibbar (vor Beginn geprüft). Bei einem Fehler wird nichts geschrieben."})
final class ReportCommand extends Subcommand {

    // --year and --out are required for the report itself, checked in call(): picocli would otherwise
    // demand them before the subcommand too ("report text …")
    @Option(names = "--year", paramLabel = "JAHR", description = "Berichtsjahr, z. B. 2025 (Pflicht)")
    int year;

    @Option(names = "--as-of", paramLabel = "DATUM", converter = CliDates.class,
            description = "Stichtag im Berichtsjahr (Standard: 31.12. des Berichtsjahres), JJJJ-MM-TT oder TT.MM.JJJJ")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DATEI.pdf", description = "Ziel-PDF (Pflicht)")
    Path out;

    @Option(names = "--xlsx", paramLabel = "DATEI.xlsx", description = "Tabellen des Berichts als XLSX (optional)")
    Path xlsx;

    @Option(names = "--live", description = "heutigen Datenstand ausgeben, auch wenn eine Ausgabe veröffentlicht ist")
    boolean live;

    @Option(names = "--print", description = "den Bericht ohne Dialog drucken (Vektordruck); --out ist dann freiwillig")
    boolean print;

    @Option(names = "--printer", paramLabel = "NAME", description = "Drucker für --print (Standard: Standarddrucker)")
    String printer;

    /** The printer chosen for --print, found before any work. */
    private javax.print.PrintService target;

    @Override
    public Integer call() {
        PrintWriter err = err();
        if (print || printer != null) {
            requireOptions("--year");
        } else {
            requireOptions("--year", "--out");
        }
        Optional<Integer> invalid = checkArguments();
        if (invalid.isPresent()) {
            err.flush();
            return invalid.get();
        }
        LocalDate cutOff = asOf != null ? asOf : ReportService.defaultCutOff(year);
        try (AppServices services = openExistingServices()) {
            ReportService report = services.report();
            Optional<ReportEditionRepository.Info> edition = live ? Optional.empty()
                    : services.reportEditions().latest(year).filter(e -> asOf == null || e.cutOff().equals(asOf));
            if (edition.isPresent()) {
                return writeEdition(services, edition.get(), err);
            }
            err.println("Bericht " + year + ": Daten zum Stichtag " + cutOff.format(CliDates.GERMAN) + " werden gelesen …");
            ReportModel.Document doc = report.assemble(year, cutOff);
            err.println("PDF wird gesetzt (Karten, Diagramme, Inhaltsverzeichnis) …");
            if (out == null) {
                return printed(report.pdf(doc), doc.title(), err);
            }
            try {
                if (xlsx == null) {
                    report.writePdf(doc, out);
                } else {
                    report.writePdfAndXlsx(doc, out, xlsx);
                }
            } catch (UncheckedIOException e) {
                err.println("Fehler: " + e.getMessage() + " Es wurde nichts geschrieben.");
                err.flush();
                return ExitCodes.OUTPUT;
            }
            err.println("PDF geschrieben: " + out.toAbsolutePath());
            if (xlsx != null) {
                err.println("Tabellen geschrieben: " + xlsx.toAbsolutePath() + " ("
                        + de.netzatlas.report.XlsxTablesWriter.sheetCount(doc)
                        + " Tabellenblätter)");
            }
            if (doc.demo()) {
                err.println("Hinweis: Der Bericht enthält Demodaten (Wasserzeichen auf jeder Seite).");
            }
            err.flush();
            return print ? printed(readBack(out), doc.title(), err) : ExitCodes.OK;
        } catch (UncheckedIOException e) {
            err.println("Fehler: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** The published edition, byte for byte, and its tables from the stored model; notes whether today's data differ. */
    private int writeEdition(AppServices services, ReportEditionRepository.Info e, PrintWriter err) {
        ReportEditions editions = services.reportEditions();
        err.println("Veröffentlichte Ausgabe " + e.label() + " vom " + ReportEditionCommands.when(e) + " ("
                + e.publishedBy() + ", Stichtag " + e.cutOff().format(CliDates.GERMAN) + ") wird ausgegeben; "
                + "--live erstellt den Bericht aus dem heutigen Datenstand.");
        byte[] pdf = editions.pdf(e);
        ReportModel.Document doc = editions.document(e);
        if (out == null) {
            return printed(pdf, doc.title() + " (Ausgabe " + e.label() + ")", err);
        }
        try {
            java.util.function.Consumer<java.io.OutputStream> pdfWriter = ReportService.bytes(pdf);
            if (xlsx == null) {
                ReportService.writeAtomically(out, pdfWriter);
            } else {
                java.time.ZonedDateTime created = e.publishedAt().atZone(java.time.ZoneId.of("Europe/Berlin"));
                ReportService.writeAtomically(out, pdfWriter, xlsx,
                        ReportService.xlsxWriter(doc, created));
            }
        } catch (UncheckedIOException x) {
            err.println("Fehler: " + x.getMessage() + " Es wurde nichts geschrieben.");
            err.flush();
            return ExitCodes.OUTPUT;
        }
        err.println("PDF geschrieben: " + out.toAbsolutePath() + " (SHA-256 " + e.pdfSha256() + ")");
        if (xlsx != null) {
            err.println("Tabellen geschrieben: " + xlsx.toAbsolutePath());
        }
        int changed = editions.diff(e).size();
        if (changed > 0) {
            err.println("Hinweis: Der heutige Datenstand zum selben Stichtag weicht in " + changed
                    + " Angaben ab: netzatlas report diff --edition " + e.label());
        }
        err.flush();
        return print ? printed(pdf, doc.title() + " (Ausgabe " + e.label() + ")", err) : ExitCodes.OK;
    }

    private static byte[] readBack(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("PDF „" + file + "“ nicht lesbar: " + e.getMessage(), e);
        }
    }

    /** Prints the PDF without a dialog on the chosen (or default) printer; exit 5 when printing fails. */
    private int printed(byte[] pdf, String title, PrintWriter err) {
        if (!print) {
            return ExitCodes.OK;
        }
        try {
            de.netzatlas.report.ReportPrinter.system().print(pdf, target, false, title);
            err.println("An den Drucker gesendet: " + (target == null ? "Standarddrucker" : target.getName()));
            err.flush();
            return ExitCodes.OK;
        } catch (RuntimeException x) {
            err.println("Fehler beim Drucken: " + x.getMessage());
            err.flush();
            return ExitCodes.OUTPUT;
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

    /**
     * What is checked before the database is opened, with the message on stderr: the year, a cut-off
     * in that year, two different output files (exit 2), and output files that can be written (exit 5).
     * Empty when the report can be made.
     */
    private Optional<Integer> checkArguments() {
        PrintWriter err = err();
        if (printer != null && !print) {
            err.println("Fehler: --printer gilt nur zusammen mit --print.");
            return Optional.of(ExitCodes.USAGE);
        }
        if (print) {
            de.netzatlas.report.ReportPrinter printers = de.netzatlas.report.ReportPrinter.system();
            if (!printers.hasPrinter()) {
                err.println("Fehler: " + de.netzatlas.report.ReportPrinter.NO_PRINTER);
                return Optional.of(ExitCodes.OUTPUT);
            }
            if (printer != null) {
                Optional<javax.print.PrintService> found = printers.find(printer);
                if (found.isEmpty()) {
                    err.println("Fehler: Drucker „" + printer + "“ nicht gefunden; eingerichtet: "
                            + String.join(", ", printers.names()) + ".");
                    return Optional.of(ExitCodes.OUTPUT);
                }
                target = found.get();
            }
        }
        if (out == null) {
            return Optional.empty(); // print only
        }
        if (year < 2000 || year > 2100) {
            err.println("Fehler: --year " + year + " liegt außerhalb von 2000–2100.");
            return Optional.of(ExitCodes.USAGE);
        }
        if (asOf != null && asOf.getYear() != year) {
            err.println("Fehler: --as-of " + asOf.format(CliDates.GERMAN) + " liegt nicht im Berichtsjahr --year " + year
                    + "; der Stichtag muss im Berichtsjahr liegen.");
            return Optional.of(ExitCodes.USAGE);
        }
        if (xlsx != null && normalized(out).equals(normalized(xlsx))) {
            err.println("Fehler: --out und --xlsx nennen dieselbe Datei „" + normalized(out) + "“; bitte zwei verschiedene Dateien angeben.");
            return Optional.of(ExitCodes.USAGE);
        }
        Optional<String> problem = unwritable("--out", out);
        if (problem.isEmpty() && xlsx != null) {
            problem = unwritable("--xlsx", xlsx);
        }
        problem.ifPresent(p -> err.println("Fehler: " + p));
        return problem.map(p -> ExitCodes.OUTPUT);
    }

    private static Path normalized(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /**
     * Why {@code file} (given as {@code option}) could not be written, if so: it is a folder, a part of its
     * path is a file, or its nearest existing folder takes no new file (tried with an empty probe file).
     */
    static Optional<String> unwritable(String option, Path file) {
        Path target = normalized(file);
        String what = "Ausgabedatei „" + target + "“ (" + option + ") ist nicht schreibbar: ";
        if (Files.isDirectory(target)) {
            return Optional.of(what + "das ist ein Ordner.");
        }
        Path dir = target.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return Optional.of(what + "kein vorhandener Ordner auf dem Pfad.");
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of(what + "„" + dir + "“ ist eine Datei, kein Ordner.");
        }
        try {
            Files.delete(Files.createTempFile(dir, ".netzatlas-schreibprobe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(what + "im Ordner „" + dir + "“ kann keine Datei angelegt werden.");
        } catch (SecurityException e) {
            return Optional.of(what + "keine Berechtigung für den Ordner „" + dir + "“.");
        }
        return Optional.empty();
    }
}
