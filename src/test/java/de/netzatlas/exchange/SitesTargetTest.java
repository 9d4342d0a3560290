package de.netzatlas.exchange;

import static de.netzatlas.exchange.ExchangeFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.exchange.ImportTarget.ExistingPolicy;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteCsv;
import de.netzatlas.sites.SiteService;
import de.netzatlas.sites.SiteStatus;

/** The {@code sites} import target (ITN-XT) on a real H2 file: natural key = the site's identifier (column id). */
class SitesTargetTest {

    static final String HEADER = "id;name;klasse;gemeinde_ags;lat;lon;bandbreite;status;status_seit;migration_beginn;"
            + "migriert_am;telefonie_migriert\n";
    static final String ID_1 = "6f1c2a8e-0000-4000-8000-000000000001";
    static final String ID_2 = "6f1c2a8e-0000-4000-8000-000000000002";
    static final String SITE_1 = ID_1 + ";Finanzamt Magdeburg;Hauptstandort;;52,13;11,63;100 Mbit/s;Altnetz;;;;nein\n";

    @TempDir
    Path dir;
    ExchangeFixture fx;
    SiteService sites;

    @BeforeEach
    void open() {
        fx = new ExchangeFixture(dir);
        sites = fx.services.sites();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void fieldsAreTheColumnsOfTheSiteFiles() {
        assertEquals(SiteCsv.COLUMNS, fx.imports.target("sites").orElseThrow().fields().stream()
                .filter(f -> f.type() != TargetField.FieldType.GEOMETRY).map(TargetField::key).toList());
        assertEquals(SiteCsv.COLUMNS, fx.exchange.exportSource("sites").orElseThrow().columns().stream()
                .map(ExportSource.Column::key).toList());
    }

    @Test
    void theSampleFileImportsAndRowsWithoutIdAreNewSites() throws Exception {
        ImportResult r = fx.importFile(Path.of("assets/samples/itn-standorte-beispiel.csv"), "sites");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(3, r.inserted());
        assertEquals(Map.of("15090535", 1L, "15002000", 1L, "15085370", 1L), sites.all().stream()
                .collect(Collectors.groupingBy(ItnSite::gemeindeAgs, Collectors.counting())));
        ItnSite stendal = sites.all().stream().filter(s -> s.gemeindeAgs().equals("15090535")).findFirst().orElseThrow();
        assertTrue(stendal.telephonyMigrated());
        assertEquals(SiteStatus.AKTIV, stendal.status());

        long audit = fx.auditCount();
        java.io.StringWriter out = new java.io.StringWriter();
        SiteCsv.write(out, sites.all());
        ImportResult fromExport = fx.importText("sites", "export.csv", out.toString());
        assertTrue(fromExport.ok(), fromExport.problems().toString());
        assertEquals(3, fromExport.unchanged(), "the CSV of `sites export` (with ids) imports back unchanged");
        assertEquals(3, sites.all().size());
        assertEquals(audit, fx.auditCount());
    }

    @Test
    void aKnownIdUpdatesTheSiteAlongItsWorkflowAndAnUnknownIdIsANewSiteWithThatId() throws Exception {
        ImportResult first = fx.importText("sites", "standorte.csv", HEADER + SITE_1);
        assertEquals(1, first.inserted());
        assertEquals(ID_1, sites.all().get(0).id().toString());
        ImportResult moved = fx.importText("sites", "standorte.csv", HEADER
                + SITE_1.replace("Altnetz;;", "geplant;01.02.2025;"));
        assertEquals(1, moved.updated(), moved.problems().toString());
        assertEquals(List.of(SiteStatus.ALTNETZ, SiteStatus.GEPLANT),
                sites.all().get(0).history().changes().stream().map(c -> c.status()).toList());
        ImportResult jump = fx.importText("sites", "standorte.csv", HEADER
                + SITE_1.replace("Altnetz;;;;", "ITN-XT aktiv;01.06.2025;01.05.2025;01.06.2025;"));
        assertEquals(List.of("standorte.csv:2:status: Status kann nicht von „geplant“ zu „ITN-XT aktiv“ wechseln "
                + "(erlaubt: Altnetz, in Migration)."), lines(jump));
        assertEquals(SiteStatus.GEPLANT, sites.all().get(0).status());
    }

    @Test
    void skipKeepsAChangedSiteAndOverwriteReplacesIt() throws Exception {
        fx.importText("sites", "standorte.csv", HEADER + SITE_1);
        String changed = HEADER + SITE_1.replace("100 Mbit/s", "500 Mbit/s");
        ImportResult skipped = fx.importText("sites", "standorte.csv", changed, false, ExistingPolicy.SKIP);
        assertEquals(1, skipped.skipped());
        assertEquals(List.of("Warnung: standorte.csv:2:id: Standort „Finanzamt Magdeburg“ gibt es schon mit anderen "
                + "Werten – übersprungen."), lines(skipped));
        assertEquals("100 Mbit/s", sites.all().get(0).bandwidth().label());
        assertEquals(1, fx.importText("sites", "standorte.csv", changed).updated());
        assertEquals("500 Mbit/s", sites.all().get(0).bandwidth().label());
        assertEquals(1, fx.importText("sites", "standorte.csv", changed).unchanged());
    }

    static final String BROKEN = HEADER
            + SITE_1
            + ";Neu;Kommune;;52,13;11,63;64 kbit/s;Altnetz;;;;nein\n"
            + ";B;Kommune;;52,13;11,63;100 Mbit/s;ITN-XT aktiv;;01.06.2023;;vielleicht\n"
            + ";C;Kommune;;52,13;11,63;100 Mbit/s;ITN-XT aktiv;;;;nein\n"
            + ID_1.toUpperCase() + ";Doppelt;Kommune;;52,13;11,63;100 Mbit/s;Altnetz;;;;nein\n"
            + ID_2 + ";Berlin;Kommune;;52,52;13,405;100 Mbit/s;Altnetz;;;;nein\n"
            + "kaputt;Unbekannt;Kommune;15099999;52,13;11,63;100 Mbit/s;Altnetz;;;;nein\n"
            + ";Spät;Kommune;;52,13;11,63;100 Mbit/s;in Migration;;01.06.2024;01.05.2024;nein\n";

    static final List<String> BROKEN_PROBLEMS = List.of(
            "standorte.csv:3:bandbreite: „64 kbit/s“ ist kein zulässiger Wert (erlaubt: 50 Mbit/s, "
                    + "100 Mbit/s, 200 Mbit/s, 500 Mbit/s, 1 Gbit/s und mehr).",
            "standorte.csv:4:telefonie_migriert: „vielleicht“ ist weder ja noch nein.",
            "standorte.csv:5:migriert_am: Status „ITN-XT aktiv“ erfordert das Migrationsdatum.",
            "standorte.csv:6:id: Standort-ID „" + ID_1 + "“ kommt in der Datei doppelt vor (zuerst in Zeile 2).",
            "standorte.csv:7:lat/lon: Standort 52,52000 / 13,40500 liegt außerhalb Sachsen-Anhalts.",
            "standorte.csv:7:gemeinde_ags: Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen).",
            "standorte.csv:8:id: „kaputt“ ist keine gültige Kennung (UUID).",
            "standorte.csv:9:migriert_am: Migration abgeschlossen (01.05.2024) liegt vor Migrationsbeginn (01.06.2024).");

    @Test
    void aBrokenFileReportsEveryProblemAndWritesNothingButValidOnlyWritesTheGoodRows() throws Exception {
        long audit = fx.auditCount();
        ImportResult r = fx.importText("sites", "standorte.csv", BROKEN);
        assertEquals(BROKEN_PROBLEMS, lines(r));
        assertFalse(r.written());
        assertTrue(sites.all().isEmpty());
        assertEquals(audit, fx.auditCount());

        ImportResult unknownAgs = fx.importText("sites", "standorte.csv", HEADER
                + ";Unbekannt;Kommune;15099999;52,13;11,63;100 Mbit/s;Altnetz;;;;nein\n");
        assertEquals(List.of("standorte.csv:2:gemeinde_ags: Unbekannter Gemeindeschlüssel „15099999“ (keine Gemeinde in "
                + "Sachsen-Anhalt)."), lines(unknownAgs));

        ImportResult valid = fx.importText("sites", "standorte.csv", BROKEN, true, ExistingPolicy.OVERWRITE);
        assertEquals(BROKEN_PROBLEMS, lines(valid));
        assertEquals(1, valid.inserted());
        assertEquals(List.of("Finanzamt Magdeburg"), sites.all().stream().map(ItnSite::name).toList());
    }

    @Test
    void undoOfAnImportRestoresThePreviousState() throws Exception {
        fx.importText("sites", "standorte.csv", HEADER + SITE_1);
        List<Map<String, Object>> before = values();
        ImportResult second = fx.importText("sites", "standorte.csv", HEADER
                + SITE_1.replace("Altnetz;;", "geplant;01.02.2025;")
                + ID_2 + ";Amtsgericht Halle;Nebenstandort;;51,48;11,97;50 Mbit/s;Altnetz;;;;nein\n");
        assertEquals(1, second.updated());
        assertEquals(1, second.inserted());
        assertEquals("Rückgängig: ITN-XT-Standorte importiert aus standorte.csv", fx.imports.undo(second.changeSet()));
        assertEquals(before, values());
    }

    private List<Map<String, Object>> values() {
        return sites.all().stream().sorted(Comparator.comparing(ItnSite::name)).map(s -> sites.kind().values(s)).toList();
    }
}
