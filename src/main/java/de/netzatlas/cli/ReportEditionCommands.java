package de.netzatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.report.ReportEditionRepository.Info;
import de.netzatlas.report.ReportEditions;
import de.netzatlas.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Published editions of the annual report: {@code report publish}, {@code report diff} and
 * {@code report editions}. An edition, once published, is never changed; {@code report --year}
 * gives it out byte for byte.
 */
final class ReportEditionCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    private ReportEditionCommands() {
    }

    static String when(Info e) {
        return WHEN.format(e.publishedAt());
    }

    /** {@code report publish --year Y [--as-of DATUM] [--out DATEI.pdf]}. */
    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"Veröffentlicht den Bericht des Jahres: Stichtag, Zeitpunkt, Person, alle Zahlen des",
                    "Berichts und das PDF mit seiner SHA-256-Prüfsumme werden als neue Ausgabe gespeichert und",
                    "danach nie mehr verändert. Exit-Codes: 0 veröffentlicht, 2 Aufruffehler, 4 Datenbank."})
    static final class Publish extends Subcommand {

        @Option(names = "--year", required = true, paramLabel = "JAHR", description = "Berichtsjahr, z. B. 2025")
        int year;

        @Option(names = "--as-of", paramLabel = "DATUM", converter = CliDates.class,
                description = "Stichtag im Berichtsjahr (Standard: 31.12.), JJJJ-MM-TT oder TT.MM.JJJJ")
        LocalDate asOf;

        @Option(names = "--out", paramLabel = "DATEI.pdf", description = "das veröffentlichte PDF auch hierhin schreiben")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = err();
            if (year < 2000 || year > 2100 || asOf != null && asOf.getYear() != year) {
                err.println("Fehler: --year " + year + (asOf == null ? " liegt außerhalb von 2000–2100."
                        : " und --as-of " + asOf.format(CliDates.GERMAN) + " passen nicht zusammen; der Stichtag "
                        + "muss im Berichtsjahr liegen."));
                return ExitCodes.USAGE;
            }
            if (out != null) {
                Optional<String> problem = ReportCommand.unwritable("--out", out);
                if (problem.isPresent()) {
                    err.println("Fehler: " + problem.get());
                    return ExitCodes.OUTPUT;
                }
            }
            LocalDate cutOff = asOf != null ? asOf : ReportService.defaultCutOff(year);
            try (AppServices services = openExistingServices()) {
                err.println("Bericht " + year + " zum Stichtag " + cutOff.format(CliDates.GERMAN)
                        + " wird erstellt und veröffentlicht …");
                ReportEditions editions = services.reportEditions();
                Info e = editions.publish(year, cutOff);
                out().println("Ausgabe " + e.label() + " veröffentlicht am " + when(e) + " von " + e.publishedBy()
                        + ", Stichtag " + e.cutOff().format(CliDates.GERMAN) + ", SHA-256 " + e.pdfSha256());
                if (out != null) {
                    byte[] pdf = editions.pdf(e);
                    ReportService.writeAtomically(out, ReportService.bytes(pdf));
                    err.println("PDF geschrieben: " + out.toAbsolutePath());
                }
                return ExitCodes.OK;
            }
        }
    }

    /** {@code report diff --edition JAHR[/NR]}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Vergleicht eine veröffentlichte Ausgabe mit dem heutigen Datenstand zum selben Stichtag:",
                    "jede geänderte Angabe (alt → neu) und die Einträge, die sich im Kapitel geändert haben.",
                    "Exit-Codes: 0 (auch bei Abweichungen), 2 Aufruffehler oder keine solche Ausgabe, 4 Datenbank."})
    static final class Diff extends Subcommand {

        @Option(names = "--edition", required = true, paramLabel = "JAHR[/NR]",
                description = "Ausgabe, z. B. 2025 (die neueste des Jahres) oder 2025/2")
        String edition;

        @Override
        public Integer call() {
            PrintWriter err = err();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:/(\\d{1,3}))?").matcher(edition.trim());
            if (!m.matches()) {
                err.println("Fehler: --edition „" + edition + "“ ist keine Ausgabe; erwartet JAHR oder JAHR/NR, z. B. 2025/1.");
                return ExitCodes.USAGE;
            }
            int year = Integer.parseInt(m.group(1));
            int number = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            try (AppServices services = openExistingServices()) {
                ReportEditions editions = services.reportEditions();
                Optional<Info> found = editions.find(year, number);
                if (found.isEmpty()) {
                    err.println("Fehler: Ausgabe " + edition + " ist nicht veröffentlicht"
                            + (editions.all().isEmpty() ? "." : "; vorhanden: " + String.join(", ",
                            editions.all().stream().map(Info::label).toList()) + "."));
                    return ExitCodes.USAGE;
                }
                Info e = found.get();
                List<ReportEditions.FigureChange> changes = editions.diff(e);
                PrintWriter out = out();
                out.println("Ausgabe " + e.label() + " (veröffentlicht " + when(e) + ", Stichtag "
                        + e.cutOff().format(CliDates.GERMAN) + ") gegenüber dem heutigen Datenstand: "
                        + (changes.isEmpty() ? "keine Abweichung." : changes.size() + " geänderte Angaben."));
                String chapter = null;
                for (ReportEditions.FigureChange c : changes) {
                    if (!c.chapter().equals(chapter)) {
                        chapter = c.chapter();
                        List<String> causes = c.causes();
                        out.println();
                        out.println("[" + de.netzatlas.report.ReportAssembler.TEXT_CHAPTERS.getOrDefault(chapter, chapter)
                                + "] geänderte Einträge: " + (causes.isEmpty() ? "keine (nur abgeleitete Angaben)" : ""));
                        causes.forEach(x -> out.println("  " + x));
                    }
                    out.println("  " + c.figure() + ": " + c.before() + " → " + c.after());
                }
                return ExitCodes.OK;
            }
        }
    }

    /** {@code report editions}: the published editions, newest first. */
    @Command(name = "editions", mixinStandardHelpOptions = true,
            description = "Listet die veröffentlichten Ausgaben des Berichts (neueste zuerst).")
    static final class Editions extends Subcommand {
        @Override
        public Integer call() {
            try (AppServices services = openExistingServices()) {
                PrintWriter out = out();
                List<Info> all = services.reportEditions().all();
                if (all.isEmpty()) {
                    err().println("Noch keine Ausgabe veröffentlicht (netzatlas report publish --year JAHR).");
                }
                for (Info e : all) {
                    out.println(e.label() + "\tStichtag " + e.cutOff().format(CliDates.GERMAN) + "\tveröffentlicht "
                            + when(e) + "\t" + e.publishedBy() + "\tSHA-256 " + e.pdfSha256());
                }
                return ExitCodes.OK;
            }
        }
    }
}
