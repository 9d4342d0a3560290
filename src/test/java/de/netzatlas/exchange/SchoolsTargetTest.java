package de.netzatlas.exchange;

import static de.netzatlas.exchange.ExchangeFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.exchange.ImportTarget.ExistingPolicy;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolCsv;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.schools.SchoolStatus;

/** The {@code schools} import target on a real H2 file, as {@code netzatlas import schools} and the wizard use it. */
class SchoolsTargetTest {

    static final String HEADER = "schulnummer;name;schulform;gemeinde_ags;lat;lon;schueler;down_mbit;up_mbit;status;"
            + "status_seit;plan_anschluss;ist_anschluss;kosten\n";
    static final String SCHOOL_1 = "1;Schule A;Grundschule;;52,13153;11,6388;100;50;10;geplant;01.02.2024;30.06.2025;;\n";

    @TempDir
    Path dir;
    ExchangeFixture fx;
    SchoolService schools;

    @BeforeEach
    void open() {
        fx = new ExchangeFixture(dir);
        schools = fx.services.schools();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void fieldsAreTheColumnsOfTheSchoolFilesPlusAPoint() {
        ImportTarget<?> target = fx.imports.target("schools").orElseThrow();
        assertEquals(SchoolCsv.COLUMNS, target.fields().stream().filter(f -> f.type() != TargetField.FieldType.GEOMETRY)
                .map(TargetField::key).toList());
        assertEquals(SchoolCsv.COLUMNS, fx.exchange.exportSource("schools").orElseThrow().columns().stream()
                .map(ExportSource.Column::key).toList());
        ColumnMapping suggested = ColumnMapping.suggest(List.of("Schulnummer", "Schulname", "Schulart", "Breitengrad",
                "Längengrad", "Anschlussstatus", "Schülerzahl"), target.fields());
        assertEquals("Schulname", suggested.column("name").orElseThrow());
        assertEquals("Breitengrad", suggested.column("lat").orElseThrow());
        assertEquals("Längengrad", suggested.column("lon").orElseThrow());
        assertEquals("Anschlussstatus", suggested.column("status").orElseThrow());
        assertEquals("Schülerzahl", suggested.column("schueler").orElseThrow());
    }

    @Test
    void theSampleFileImportsWithGemeindeFromTheLocationAndImportsAgainWithoutAnyChange() throws Exception {
        Path sample = Path.of("assets/samples/schulen-beispiel.csv");
        ImportResult r = fx.importFile(sample, "schools");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(3, r.inserted());
        School halle = schools.bySchulnummer("90001").orElseThrow();
        assertEquals("15002000", halle.gemeindeAgs());
        assertEquals(SchoolStatus.ANGESCHLOSSEN, halle.status());
        assertEquals(new BigDecimal("78450.00"), halle.cost());
        assertEquals("15090535", schools.bySchulnummer("90003").orElseThrow().gemeindeAgs()); // Stendal
        assertEquals("Schulen importiert aus schulen-beispiel.csv",
                fx.services.audit().changeSet(fx.services.database(), r.changeSet()).get(0).description());

        long audit = fx.auditCount();
        ImportResult again = fx.importFile(sample, "schools");
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(3, again.unchanged());
        assertFalse(again.written());
        assertEquals(audit, fx.auditCount(), "an identical file adds no audit");

        java.io.StringWriter out = new java.io.StringWriter();
        SchoolCsv.write(out, schools.all());
        ImportResult fromExport = fx.importText("schools", "export.csv", out.toString());
        assertTrue(fromExport.ok(), fromExport.problems().toString());
        assertEquals(3, fromExport.unchanged(), "the CSV of `schools export` imports back unchanged");
        assertEquals(3, schools.all().size());
        assertEquals(audit, fx.auditCount());
    }

    @Test
    void aKnownSchulnummerUpdatesTheSchoolAndMovesItsStatusOnAlongTheLadder() throws Exception {
        assertEquals(1, fx.importText("schools", "schulen.csv", HEADER + SCHOOL_1).inserted());
        ImportResult moved = fx.importText("schools", "schulen.csv", HEADER
                + "1;Schule A;Grundschule;;52,13153;11,6388;100;50;10;beauftragt;01.05.2024;30.06.2025;;\n");
        assertEquals(1, moved.updated());
        School s = schools.bySchulnummer("1").orElseThrow();
        assertEquals(List.of(SchoolStatus.GEPLANT, SchoolStatus.BEAUFTRAGT),
                s.history().changes().stream().map(c -> c.status()).toList());
        assertEquals(1, schools.all().size());

        ImportResult jump = fx.importText("schools", "schulen.csv", HEADER
                + "1;Schule A;Grundschule;;52,13153;11,6388;100;1000;200;angeschlossen;01.09.2024;30.06.2025;01.09.2024;\n");
        assertEquals(List.of("schulen.csv:2:status: Status kann nicht von „beauftragt“ zu „angeschlossen“ wechseln "
                + "(erlaubt: geplant, im Bau)."), lines(jump));
        assertEquals(SchoolStatus.BEAUFTRAGT, schools.bySchulnummer("1").orElseThrow().status());
    }

    @Test
    void skipKeepsAChangedSchoolAndOverwriteReplacesIt() throws Exception {
        fx.importText("schools", "schulen.csv", HEADER + SCHOOL_1);
        String renamed = HEADER + SCHOOL_1.replace("Schule A", "Schule A (neu)")
                + "2;Schule B;Gymnasium;;52,13153;11,6388;500;100;40;geplant;;;;\n";
        ImportResult skipped = fx.importText("schools", "schulen.csv", renamed, false, ExistingPolicy.SKIP);
        assertTrue(skipped.ok(), skipped.problems().toString());
        assertEquals(1, skipped.skipped());
        assertEquals(1, skipped.inserted());
        assertEquals(List.of("Warnung: schulen.csv:2:schulnummer: Schule „Schule A (neu)“ gibt es schon mit anderen "
                + "Werten – übersprungen."), lines(skipped));
        assertEquals("Schule A", schools.bySchulnummer("1").orElseThrow().name());

        ImportResult overwritten = fx.importText("schools", "schulen.csv", renamed, false, ExistingPolicy.OVERWRITE);
        assertEquals(1, overwritten.updated());
        assertEquals(1, overwritten.unchanged());
        assertEquals("Schule A (neu)", schools.bySchulnummer("1").orElseThrow().name());
    }

    static final String BROKEN = HEADER
            + "1;Gute Schule;Grundschule;;52,13153;11,6388;100;50;10;geplant;01.02.2024;30.06.2025;;\n"
            + "2;Schule in Berlin;Grundschule;;52,52;13,405;100;50;10;geplant;;;;\n"
            + "3;Schule X;Grundschule;15099999;52,13153;11,6388;100;50;10;geplant;;;;\n"
            + "1;Doppelt;Grundschule;;52,13153;11,6388;100;50;10;geplant;;;;\n"
            + "4;Schule Y;Kita;;52,13153;11,6388;viele;50;10;geplant;;;;\n"
            + "5;Schule Z;Gymnasium;;52,13153;11,6388;100;50;10;geplant;01.02.2025;30.06.2024;;\n"
            + "6;;Gymnasium;;52,13153;11,6388;100;50;10;geplant;;;;12,5x\n";

    static final List<String> BROKEN_PROBLEMS = List.of(
            "schulen.csv:3:lat/lon: Standort 52,52000 / 13,40500 liegt außerhalb Sachsen-Anhalts.",
            "schulen.csv:3:gemeinde_ags: Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen).",
            "schulen.csv:4:gemeinde_ags: Unbekannter Gemeindeschlüssel „15099999“ (keine Gemeinde in Sachsen-Anhalt).",
            "schulen.csv:5:schulnummer: Schulnummer „1“ kommt in der Datei doppelt vor (zuerst in Zeile 2).",
            "schulen.csv:6:schulform: „Kita“ ist kein zulässiger Wert (erlaubt: Grundschule, Sekundarschule, "
                    + "Gemeinschaftsschule, Gesamtschule, Gymnasium, Förderschule, Berufsbildende Schule, Sonstige).",
            "schulen.csv:6:schueler: „viele“ ist keine Zahl.",
            "schulen.csv:7:plan_anschluss: Geplanter Anschluss (30.06.2024) liegt vor Aufnahme in die Planung (01.02.2025).",
            "schulen.csv:8:name: Pflichtwert fehlt.",
            "schulen.csv:8:kosten: „12,5x“ ist keine Zahl.");

    @Test
    void aBrokenFileReportsEveryProblemWithFileRowAndColumnAndWritesNothing() throws Exception {
        long audit = fx.auditCount();
        ImportResult r = fx.importText("schools", "schulen.csv", BROKEN);
        assertFalse(r.ok());
        assertEquals(BROKEN_PROBLEMS, lines(r));
        assertFalse(r.written());
        assertNull(r.changeSet());
        assertTrue(schools.all().isEmpty());
        assertEquals(audit, fx.auditCount());
        assertFalse(schools.canUndo());
    }

    @Test
    void validOnlyWritesExactlyTheFaultlessRows() throws Exception {
        ImportResult r = fx.importText("schools", "schulen.csv", BROKEN, true, ExistingPolicy.OVERWRITE);
        assertEquals(BROKEN_PROBLEMS, lines(r));
        assertTrue(r.written());
        assertEquals(1, r.inserted());
        assertEquals(List.of("Gute Schule"), schools.all().stream().map(School::name).toList());
    }

    @Test
    void theSchoolsCommandIsStrictAboutTheHeaderAndChecksEveryRow() throws Exception {
        ImportResult r = fx.exchange.importRegisterFile("schools", fx.write("schulen.csv",
                "schulnummer;name;farbe;lat;lon;status\n1;A;;52;11;geplant\n"));
        assertEquals(List.of("schulen.csv:1:farbe: Unbekannte Spalte „farbe“.",
                "schulen.csv:1:schulform: Pflichtspalte „schulform“ (Schulform) fehlt oder ist nicht zugeordnet."), lines(r));
        assertFalse(r.written());

        ImportResult broken = fx.exchange.importRegisterFile("schools", fx.write("schulen.csv", BROKEN));
        assertEquals(BROKEN_PROBLEMS, lines(broken));
        assertTrue(schools.all().isEmpty());

        ImportResult comma = fx.exchange.importRegisterFile("schools", fx.write("schulen.csv", "schulnummer,name\n1,A\n"));
        assertEquals(List.of("schulen.csv:1:schulform: Pflichtspalte „schulform“ (Schulform) fehlt oder ist nicht zugeordnet.",
                "schulen.csv:1:status: Pflichtspalte „status“ (Status) fehlt oder ist nicht zugeordnet."), lines(comma));
        assertTrue(schools.all().isEmpty());
    }

    @Test
    void undoOfAnImportRestoresThePreviousStateAndTheHistoryKnowsBoth() throws Exception {
        ImportResult first = fx.importFile(Path.of("assets/samples/schulen-beispiel.csv"), "schools");
        assertTrue(first.ok());
        List<School> before = schools.all();
        Instant between = fx.services.audit().changeSet(fx.services.database(), first.changeSet()).get(0).changedAt();
        ImportResult second = fx.importText("schools", "schulen.csv", HEADER
                + "90003;Beispiel-Sekundarschule Stendal;Sekundarschule;;52,60550;11,85840;345;50;10;beauftragt;"
                + "01.06.2025;31.12.2026;;\n" + SCHOOL_1);
        assertTrue(second.ok(), second.problems().toString());
        assertEquals(1, second.updated());
        assertEquals(1, second.inserted());
        assertEquals(SchoolStatus.BEAUFTRAGT, schools.bySchulnummer("90003").orElseThrow().status());

        String description = fx.imports.undo(second.changeSet());
        assertEquals("Rückgängig: Schulen importiert aus schulen.csv", description);
        assertEquals(values(before), values(schools.all()));
        assertTrue(schools.bySchulnummer("1").isEmpty());
        assertEquals(values(before), values(schools.asOf(between)), "as of before the second import");
    }

    private List<java.util.Map<String, Object>> values(List<School> list) {
        return list.stream().sorted(java.util.Comparator.comparing(School::schulnummer))
                .map(s -> schools.kind().values(s)).toList();
    }

    @Test
    void aRowWithoutAnyPositionIsAnErrorOnTheLocation() throws Exception {
        ImportResult r = fx.importText("schools", "schulen.csv", HEADER
                + "9;Ohne Ort;Grundschule;15003000;;;100;50;10;geplant;;;;\n"
                + "10;Halber Ort;Grundschule;15003000;52,13;;100;50;10;geplant;;;;\n");
        assertEquals(List.of("schulen.csv:2:lat/lon: Standort fehlt: Spalten lat und lon (Grad, WGS84) oder eine "
                + "Punktgeometrie angeben.", "schulen.csv:3:lat/lon: Standort fehlt: Spalten lat und lon (Grad, WGS84) "
                + "oder eine Punktgeometrie angeben."), lines(r));
        assertTrue(schools.all().isEmpty());
    }

    @Test
    void aGeoJsonPointIsTheLocationWhenTheFileHasNoCoordinateColumns() throws Exception {
        Path file = fx.write("schulen.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "properties":{"Schulnummer":"7","Schulname":"Punktschule","Schulform":"Gymnasium","Status":"geplant"},
                 "geometry":{"type":"Point","coordinates":[11.6388,52.13153]}},
                 {"type":"Feature","properties":{"Schulnummer":"8","Schulname":"Flächenschule","Schulform":"Gymnasium",
                 "Status":"geplant"},"geometry":{"type":"Polygon","coordinates":[[[11.6,52.1],[11.7,52.1],[11.7,52.2],[11.6,52.1]]]}}]}
                """);
        ImportResult r = fx.importFile(file, "schools");
        assertEquals(List.of("schulen.geojson:2:geometry: Die Geometrie ist ein Polygon, kein Punkt: ein Standort braucht "
                + "einen Punkt (oder die Spalten lat und lon)."), lines(r));
        ImportResult valid = fx.imports.run(ImportRequest.of(file, "schools").withValidOnly(true), null, null);
        assertEquals(1, valid.inserted());
        School s = schools.bySchulnummer("7").orElseThrow();
        assertEquals(52.13153, s.location().lat(), 1e-12);
        assertEquals(11.6388, s.location().lon(), 1e-12);
        assertEquals("15003000", s.gemeindeAgs());
    }
}
