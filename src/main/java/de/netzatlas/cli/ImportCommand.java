package de.netzatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.exchange.ColumnMapping;
import de.netzatlas.exchange.ImportRequest;
import de.netzatlas.exchange.ImportResult;
import de.netzatlas.exchange.ImportService;
import de.netzatlas.exchange.ImportTarget.ExistingPolicy;
import de.netzatlas.exchange.MappingProfiles;
import de.netzatlas.exchange.Problem;
import de.netzatlas.exchange.Problems;
import de.netzatlas.exchange.ReadSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netzatlas import TARGET FILE [--profile NAME] [--sheet NAME] [--all-or-nothing|--valid-only]
 * [--dry-run] [--report problems.csv]}: exit 3 on validation errors (problems on stderr as
 * {@code file:row:column: message}; with --all-or-nothing nothing is written).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Importiert CSV, XLSX oder GeoJSON (Aufbau: README, Abschnitt Datenaustausch).",
                "TARGET: coverage, projects, project-areas, regions, schools, sites, mobile.",
                "Erst wird alles geprüft; bei Fehlern wird nichts geschrieben (Exit-Code 3), außer mit --valid-only."})
final class ImportCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "coverage, projects, project-areas, regions, schools, sites oder mobile")
    String target;

    @Parameters(index = "1", paramLabel = "FILE", description = "CSV-, XLSX- oder GeoJSON-Datei")
    Path file;

    @Option(names = "--profile", paramLabel = "NAME", description = "gespeichertes Zuordnungsprofil verwenden")
    String profile;

    @Option(names = "--save-profile", paramLabel = "NAME", description = "die verwendete Zuordnung als Profil speichern")
    String saveProfile;

    @Option(names = "--header-row", paramLabel = "N", description = "Zeile N (ab 1, wie im Tabellenprogramm) enthält die "
            + "Spaltenüberschriften; darüber stehende Titelzeilen werden übersprungen (Standard: erkannt)")
    Integer headerRow;

    @Option(names = "--key-column", paramLabel = "SPALTE", description = "Spalte mit dem Schlüssel der Datensätze "
            + "(AGS, Schulnummer, Standort-ID, Kennung), wenn ihre Überschrift nicht erkannt wird")
    String keyColumn;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Blatt der XLSX-Arbeitsmappe (Standard: das erste)")
    String sheet;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    static final class Mode {
        @Option(names = "--all-or-nothing", description = "alle Zeilen oder keine (Standard)")
        boolean allOrNothing;

        @Option(names = "--valid-only", description = "nur fehlerfreie Zeilen schreiben")
        boolean validOnly;
    }

    @Option(names = "--skip-changed", description = "vorhandene Datensätze mit anderen Werten nicht überschreiben")
    boolean skipChanged;

    @Option(names = "--dry-run", description = "nur prüfen, nichts schreiben")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Problembericht als CSV schreiben")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (!Files.isRegularFile(file)) {
            err.println("Fehler: Datei „" + file + "“ gibt es nicht.");
            err.flush();
            return ExitCodes.USAGE;
        }
        try (AppServices services = openServices()) {
            ImportService imports = services.exchange().imports();
            if (imports.target(target).isEmpty()) {
                err.println("Fehler: unbekanntes Ziel „" + target + "“; möglich: " + String.join(", ",
                        imports.targets().stream().map(t -> t.id()).toList()) + ".");
                err.flush();
                return ExitCodes.USAGE;
            }
            Optional<MappingProfiles.Profile> p = Optional.empty();
            if (profile != null) {
                p = services.exchange().profiles().find(profile);
                if (p.isEmpty()) {
                    err.println("Fehler: Profil „" + profile + "“ gibt es nicht; vorhanden: "
                            + String.join(", ", services.exchange().profiles().names()) + ".");
                    err.flush();
                    return ExitCodes.USAGE;
                }
            }
            Problems detectProblems = new Problems(file.getFileName().toString());
            String chosenSheet = sheet != null ? sheet : p.map(MappingProfiles.Profile::sheet).orElse(null);
            ReadSettings settings = imports.detect(file, chosenSheet, detectProblems);
            if (p.isPresent()) {
                settings = MappingProfiles.apply(p.get(), settings);
            }
            if (chosenSheet != null) {
                settings = settings.withSheet(chosenSheet);
            }
            if (headerRow != null) {
                if (headerRow < 1) {
                    err.println("Fehler: --header-row zählt ab 1 (erste Zeile der Datei).");
                    err.flush();
                    return ExitCodes.USAGE;
                }
                settings = settings.withHeaderIndex(headerRow - 1);
            }
            ReadSettings finalSettings = settings;
            ColumnMapping mapping = p.map(x -> new ColumnMapping(x.mapping()))
                    .orElseGet(() -> imports.preview(file, target, finalSettings).mapping());
            if (keyColumn != null) {
                java.util.List<String> header = imports.preview(file, target, finalSettings).header();
                if (!header.contains(keyColumn)) {
                    err.println("Fehler: Spalte „" + keyColumn + "“ steht nicht in der Kopfzeile (Zeile "
                            + (finalSettings.headerIndex() + 1) + "): " + String.join(" | ", header) + ".");
                    err.flush();
                    return ExitCodes.USAGE;
                }
                for (var e : mapping.fieldToColumn().entrySet()) {
                    if (e.getValue().equals(keyColumn)) {
                        mapping = mapping.with(e.getKey(), null);
                    }
                }
                mapping = mapping.with(imports.target(target).orElseThrow().keyField(), keyColumn);
            }
            ImportRequest request = ImportRequest.of(file, target).withSettings(settings).withMapping(mapping)
                    .withValidOnly(mode != null && mode.validOnly).withDryRun(dryRun)
                    .withExisting(skipChanged ? ExistingPolicy.SKIP : ExistingPolicy.OVERWRITE);
            ImportResult result = detectProblems.hasErrors() ? null : imports.run(request, null, null);
            java.util.List<Problem> problems = result == null ? detectProblems.list() : result.problems();
            if (report != null) {
                try (OutputStream o = Files.newOutputStream(report)) {
                    Problems.writeCsv(problems, o);
                } catch (IOException e) {
                    err.println("Fehler: Problembericht „" + report + "“ kann nicht geschrieben werden.");
                }
            }
            problems.forEach(pr -> err.println((pr.isError() ? "" : "Warnung: ") + pr));
            if (saveProfile != null && result != null && result.ok()) {
                services.exchange().profiles().save(MappingProfiles.of(saveProfile, target, mapping, settings));
                out.println("Profil „" + saveProfile + "“ gespeichert.");
            }
            if (result == null || result.errors() > 0) {
                long errors = result == null ? detectProblems.errorCount() : result.errors();
                err.println(errors + " Fehler – " + (result != null && result.written()
                        ? "nur die fehlerfreien Zeilen wurden geschrieben." : "nichts wurde geschrieben."));
                if (result != null) {
                    out.println(result.summary());
                }
                out.flush();
                err.flush();
                return ExitCodes.VALIDATION;
            }
            out.println((dryRun ? "Geprüft, nichts geschrieben: " : "Importiert: ") + result.summary());
            if (result.changeSet() != null) {
                out.println("Änderungssatz " + result.changeSet() + " (als Ganzes rückgängig zu machen).");
            }
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }
    }
}
