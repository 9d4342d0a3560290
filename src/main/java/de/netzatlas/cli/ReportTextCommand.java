package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.report.ReportAssembler;
import de.netzatlas.report.ReportTextRepository;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netzatlas report text --year 2025 --chapter vorwort [--set DATEI | --show]} and
 * {@code netzatlas report text --year 2025 --list}: the editable texts of a report year (Vorwort,
 * Impressum and the chapter texts, {@link ReportAssembler#TEXT_CHAPTERS}) — the same texts the report
 * window edits. {@code --set} reads the file as UTF-8 and stores it (audited; an empty file removes
 * the text); {@code --show} (the default) prints the stored text on stdout.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Zeigt oder setzt die Texte eines Berichtsjahres (Vorwort, Impressum, Kapiteltexte).",
                "Formatierung: Absätze durch Leerzeilen, **fett**, Aufzählungen mit „- “."})
final class ReportTextCommand extends Subcommand {

    @Option(names = "--year", required = true, paramLabel = "JAHR", description = "Berichtsjahr, z. B. 2025")
    int year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--chapter", paramLabel = "KAPITEL",
                description = "Kapitel-ID, z. B. vorwort, glasfaser oder impressum (alle: --list)")
        String chapter;

        @Option(names = "--list", description = "alle Kapitel mit ihrem Textstand des Jahres auflisten")
        boolean list;
    }

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--set", paramLabel = "DATEI",
                description = "Text aus der Datei (UTF-8) speichern; eine leere Datei löscht den Text")
        Path set;

        @Option(names = "--show", description = "gespeicherten Text ausgeben (Standard)")
        boolean show;
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (year < 2000 || year > 2100) {
            err.println("Fehler: --year " + year + " liegt außerhalb von 2000–2100.");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (what.list && action != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--list lässt sich nicht mit --set oder --show verbinden.");
        }
        if (what.chapter != null && !ReportAssembler.TEXT_CHAPTERS.containsKey(what.chapter)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unbekanntes Kapitel „" + what.chapter
                    + "“. Gültige Kapitel: " + String.join(", ", ReportAssembler.TEXT_CHAPTERS.keySet()) + ".");
        }
        String body = null;
        if (action != null && action.set != null) {
            body = read(action.set, err);
            if (body == null) {
                return ExitCodes.USAGE;
            }
        }
        try (AppServices services = openServices()) {
            ReportTextRepository texts = services.report().texts();
            if (what.list) {
                list(out, texts.texts(year));
            } else if (body != null) {
                String title = ReportAssembler.TEXT_CHAPTERS.get(what.chapter);
                texts.save(year, what.chapter, body, services.userName());
                err.println(body.isBlank() ? "Text „" + title + "“ " + year + " gelöscht."
                        : "Text „" + title + "“ " + year + " gespeichert (" + body.strip().length() + " Zeichen aus "
                        + action.set + ").");
            } else {
                String text = texts.text(year, what.chapter).orElse(null);
                if (text == null) {
                    err.println("Für „" + ReportAssembler.TEXT_CHAPTERS.get(what.chapter) + "“ " + year
                            + " ist kein Text gespeichert.");
                } else {
                    out.println(text);
                }
            }
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private void list(PrintWriter out, Map<String, String> stored) {
        String row = "%-16s  %-20s  %s%n";
        out.printf(row, "Kapitel", "Titel", "Text " + year);
        for (Map.Entry<String, String> e : ReportAssembler.TEXT_CHAPTERS.entrySet()) {
            String text = stored.get(e.getKey());
            out.printf(row, e.getKey(), e.getValue(), text == null ? "–"
                    : CliText.cut(text.length() + " Zeichen: " + text.lines().findFirst().orElse(""), 60));
        }
    }

    /** The file as UTF-8 text, or null after a German message naming the file. */
    private static String read(Path file, PrintWriter err) {
        if (!Files.exists(file)) {
            err.println("Fehler: Datei „" + file + "“ nicht gefunden.");
        } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("Fehler: Datei „" + file + "“ ist nicht lesbar.");
        } else {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                err.println("Fehler: Datei „" + file + "“ ist nicht in UTF-8 kodiert. Bitte als UTF-8 speichern.");
            } catch (IOException e) {
                err.println("Fehler: Datei „" + file + "“ kann nicht gelesen werden: " + e.getMessage());
            }
        }
        err.flush();
        return null;
    }
}
