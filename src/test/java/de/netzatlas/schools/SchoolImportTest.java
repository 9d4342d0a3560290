package de.netzatlas.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.AssetFixture;
import de.netzatlas.asset.AssetImportResult;
import de.netzatlas.asset.ImportError;
import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.region.PlaceSearch;

class SchoolImportTest {

    static final String HEADER = "schulnummer;name;schulform;gemeinde_ags;lat;lon;schueler;down_mbit;up_mbit;status;"
            + "status_seit;plan_anschluss;ist_anschluss;kosten\n";

    @TempDir
    Path dir;
    AssetFixture f;
    SchoolService service;

    @BeforeEach
    void open() {
        f = new AssetFixture(dir);
        SchoolRepository repository = new SchoolRepository(f.db, f.clock, f.statuses);
        service = new SchoolService(f.db, repository, new SchoolValidator(f.locations, repository::findAll), f.locations,
                f.audit, f.clock, () -> "planerin");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private AssetImportResult importText(String text) {
        return service.importCsv("schulen.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sampleFileImportsWithGemeindeFromLocationAndExportsRoundTrip() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("assets/samples/schulen-beispiel.csv"));
        AssetImportResult r = service.importCsv("schulen-beispiel.csv", sample);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(3, r.created());
        School halle = service.bySchulnummer("90001").orElseThrow();
        assertEquals("15002000", halle.gemeindeAgs());
        assertEquals(SchoolStatus.ANGESCHLOSSEN, halle.status());
        assertEquals(new java.math.BigDecimal("78450.00"), halle.cost());
        assertEquals("15090535", service.bySchulnummer("90003").orElseThrow().gemeindeAgs()); // Stendal

        StringWriter out = new StringWriter();
        SchoolCsv.write(out, service.all());
        AssetImportResult again = service.importCsv("export.csv", out.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(again.ok(), again.errors().toString());
        assertEquals(3, again.updated());
        assertEquals(3, service.all().size());
    }

    @Test
    void importMovesStatusOnForAKnownSchulnummer() {
        assertTrue(importText(HEADER + "1;Schule A;Grundschule;;52,13153;11,6388;100;50;10;geplant;01.02.2024;30.06.2025;;\n").ok());
        assertTrue(importText(HEADER + "1;Schule A;Grundschule;;52,13153;11,6388;100;50;10;beauftragt;01.05.2024;30.06.2025;;\n").ok());
        School s = service.bySchulnummer("1").orElseThrow();
        assertEquals(List.of(SchoolStatus.GEPLANT, SchoolStatus.BEAUFTRAGT),
                s.history().changes().stream().map(c -> c.status()).toList());
        AssetImportResult jump = importText(HEADER
                + "1;Schule A;Grundschule;;52,13153;11,6388;100;1000;200;angeschlossen;01.09.2024;30.06.2025;01.09.2024;\n");
        assertEquals(List.of("schulen.csv:2:status: Status kann nicht von „beauftragt“ zu „angeschlossen“ wechseln "
                + "(erlaubt: geplant, im Bau)."), jump.errors().stream().map(ImportError::toString).toList());
        assertEquals(SchoolStatus.BEAUFTRAGT, service.bySchulnummer("1").orElseThrow().status());
    }

    @Test
    void brokenFileReportsEveryProblemWithFileRowFieldAndWritesNothing() {
        String text = HEADER
                + "1;Gute Schule;Grundschule;;52,13153;11,6388;100;50;10;geplant;01.02.2024;30.06.2025;;\n"
                + "2;Schule in Berlin;Grundschule;;52,52;13,405;100;50;10;geplant;;;;\n"
                + "3;Schule X;Grundschule;15099999;52,13153;11,6388;100;50;10;geplant;;;;\n"
                + "1;Doppelt;Grundschule;;52,13153;11,6388;100;50;10;geplant;;;;\n"
                + "4;Schule Y;Kita;;52,13153;11,6388;viele;50;10;geplant;;;;\n"
                + "5;Schule Z;Gymnasium;;52,13153;11,6388;100;50;10;geplant;01.02.2025;30.06.2024;;\n"
                + "6;;Gymnasium;;52,13153;11,6388;100;50;10;geplant;;;;12,5x\n";
        AssetImportResult r = importText(text);
        assertFalse(r.ok());
        assertEquals(List.of(
                "schulen.csv:3:lat/lon: Standort 52,52000 / 13,40500 liegt außerhalb Sachsen-Anhalts.",
                "schulen.csv:3:gemeinde_ags: Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen).",
                "schulen.csv:4:gemeinde_ags: Unbekannter Gemeindeschlüssel „15099999“ (keine Gemeinde in Sachsen-Anhalt).",
                "schulen.csv:5:schulnummer: Schulnummer „1“ kommt in der Datei doppelt vor (zuerst in Zeile 2).",
                "schulen.csv:6:schulform: „Kita“ ist kein zulässiger Wert (erlaubt: Grundschule, Sekundarschule, "
                        + "Gemeinschaftsschule, Gesamtschule, Gymnasium, Förderschule, Berufsbildende Schule, Sonstige).",
                "schulen.csv:6:schueler: „viele“ ist keine ganze Zahl.",
                "schulen.csv:7:plan_anschluss: Geplanter Anschluss (30.06.2024) liegt vor Aufnahme in die Planung (01.02.2025).",
                "schulen.csv:8:name: Pflichtwert fehlt.",
                "schulen.csv:8:kosten: „12,5x“ ist keine Zahl."),
                r.errors().stream().map(ImportError::toString).toList());
        assertTrue(service.all().isEmpty());
        assertFalse(service.canUndo());
    }

    @Test
    void headerProblemsAreReportedAgainstLineOne() {
        AssetImportResult r = importText("schulnummer;name;farbe;lat;lon;status\n1;A;;52;11;geplant\n");
        assertEquals(List.of("schulen.csv:1:farbe: Unbekannte Spalte „farbe“.",
                "schulen.csv:1:schulform: Pflichtspalte „schulform“ fehlt in der Kopfzeile."),
                r.errors().stream().map(ImportError::toString).toList());
        assertEquals(List.of("schulen.csv:1:-: Trennzeichen muss das Semikolon (;) sein, wie Excel es in deutscher "
                + "Einstellung schreibt."), importText("schulnummer,name\n1,A\n").errors().stream()
                .map(ImportError::toString).toList());
    }

    @Test
    void demoSchoolsAreDeterministicValidAndRemovable() {
        DemoPlacement placement = new DemoPlacement(f.regions, PlaceSearch.bundledPlaces());
        List<School> demo = new SchoolDemoGenerator(f.regions, placement, 7).generate();
        assertEquals(SchoolDemoGenerator.COUNT, demo.size());
        assertEquals(demo, new SchoolDemoGenerator(f.regions, placement, 7).generate());
        assertTrue(demo.stream().allMatch(School::demo));
        long halle = demo.stream().filter(s -> s.gemeindeAgs().equals("15002000")).count();
        long magdeburg = demo.stream().filter(s -> s.gemeindeAgs().equals("15003000")).count();
        assertTrue(halle > 80 && magdeburg > 80, halle + " / " + magdeburg);
        assertTrue(demo.stream().allMatch(s -> f.locations.gemeindeAt(s.location()).orElseThrow().ags()
                .equals(s.gemeindeAgs())));
        importText(HEADER + "1;Echte Schule;Grundschule;;52,13153;11,6388;100;50;10;geplant;;;;\n");
        assertEquals(870, service.loadDemo(demo, "Demodaten geladen"));
        assertEquals(871, service.all().size());
        assertEquals(870, service.removeDemo("Demodaten entfernt"));
        assertEquals(List.of("Echte Schule"), service.all().stream().map(School::name).toList());
    }
}
