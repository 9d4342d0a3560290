package de.netzatlas.exchange;

import static de.netzatlas.exchange.ExchangeFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.exchange.ImportTarget.ExistingPolicy;
import de.netzatlas.mobile.MobileCsv;
import de.netzatlas.mobile.MobileRegister;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;

/** The {@code mobile} import target on a real H2 file: natural key = the Kennung; coverage follows an import. */
class MobileTargetTest {

    static final String HEADER = "kennung;betreiber;technologie;baender;status;status_seit;lat;lon;gemeinde_ags;antrag;genehmigung\n";
    static final String SITE_1 = "A-1;Telekom;LTE;800;geplant;;52,13;11,63;;;\n";

    @TempDir
    Path dir;
    ExchangeFixture fx;
    MobileRegister mobile;

    @BeforeEach
    void open() {
        fx = new ExchangeFixture(dir);
        mobile = fx.services.mobile();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void fieldsAreTheColumnsOfTheMobileFiles() {
        assertEquals(MobileCsv.COLUMNS, fx.imports.target("mobile").orElseThrow().fields().stream()
                .filter(f -> f.type() != TargetField.FieldType.GEOMETRY).map(TargetField::key).toList());
        assertEquals(MobileCsv.COLUMNS, fx.exchange.exportSource("mobile").orElseThrow().columns().stream()
                .map(ExportSource.Column::key).toList());
    }

    @Test
    void theSampleFileImportsWithDerivedGemeindenAndAgainWithoutAnyChange() throws Exception {
        Path sample = Path.of("assets/samples/mobilfunk-beispiel.csv");
        ImportResult r = fx.importFile(sample, "mobile");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(5, r.inserted());
        MobileSite halle = mobile.all().stream().filter(s -> s.identifier().equals("BSP-0002")).findFirst().orElseThrow();
        assertEquals("15002000", halle.gemeindeAgs());
        MobileSite dessau = mobile.all().stream().filter(s -> s.identifier().equals("BSP-0003")).findFirst().orElseThrow();
        assertEquals(1.2, dessau.radiusKm(), 1e-12);
        long audit = fx.auditCount();
        ImportResult again = fx.importFile(sample, "mobile");
        assertEquals(5, again.unchanged(), again.summary());
        assertEquals(audit, fx.auditCount());

        java.io.StringWriter out = new java.io.StringWriter();
        mobile.exportCsv(out);
        ImportResult fromExport = fx.importText("mobile", "export.csv", out.toString());
        assertTrue(fromExport.ok(), fromExport.problems().toString());
        assertEquals(0, fromExport.inserted());
        assertEquals(5, fromExport.unchanged(), "the CSV of `mobile export` imports back unchanged");
        assertEquals(5, mobile.all().size());
        assertEquals(audit, fx.auditCount());
    }

    @Test
    void aKnownKennungUpdatesTheSiteIgnoringCaseAndSkipKeepsIt() throws Exception {
        assertEquals(1, fx.importText("mobile", "standorte.csv", HEADER + SITE_1).inserted());
        String permitted = HEADER + SITE_1.replace("A-1", "a-1").replace("geplant;", "Genehmigung;01.03.2025");
        ImportResult skipped = fx.importText("mobile", "standorte.csv", permitted, false, ExistingPolicy.SKIP);
        assertEquals(1, skipped.skipped());
        assertEquals(List.of("Warnung: standorte.csv:2:kennung: Mobilfunkstandort „a-1“ gibt es schon mit anderen "
                + "Werten – übersprungen."), lines(skipped));
        assertEquals(MobileSiteStatus.GEPLANT, mobile.all().get(0).status());
        ImportResult updated = fx.importText("mobile", "standorte.csv", permitted);
        assertEquals(1, updated.updated());
        assertEquals(1, mobile.all().size());
        assertEquals(List.of(MobileSiteStatus.GEPLANT, MobileSiteStatus.GENEHMIGUNG),
                mobile.all().get(0).history().changes().stream().map(c -> c.status()).toList());
        assertEquals("a-1", mobile.all().get(0).identifier(), "the file's spelling of the Kennung wins");
    }

    @Test
    void aBrokenFileReportsFileRowAndColumnAndWritesNothingButValidOnlyWritesTheGoodRows() throws Exception {
        String csv = "kennung;betreiber;technologie;baender;status;lat;lon;antrag;genehmigung;gemeinde_ags\n"
                + "A-1;Telekom;LTE;800;in Betrieb;52,13;11,63;;;\n"
                + "A-2;Telekomm;LTE;800;geplant;52,13;11,63;;;\n"
                + "A-3;Vodafone;5G;3600;geplant;52,52;13,40;;;\n"
                + "A-1;Vodafone;LTE;850;geplant;52,13;11,63;01.02.2024;01.01.2024;\n"
                + "A-4;Vodafone;LTE;800;geplant;52,13;11,63;01.02.2024;01.01.2024;\n"
                + "A-5;Vodafone;LTE;800;geplant;52,13;11,63;;;15099999\n";
        List<String> expected = List.of(
                "kaputt.csv:3:betreiber: „Telekomm“ ist kein zulässiger Wert (erlaubt: Telekom, Vodafone, Telefónica, 1&1, "
                        + "Mobilfunkinfrastrukturgesellschaft).",
                "kaputt.csv:4:lat/lon: Standort 52,52000 / 13,40000 liegt außerhalb Sachsen-Anhalts.",
                "kaputt.csv:4:gemeinde_ags: Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen).",
                "kaputt.csv:5:baender: „850“ ist kein Frequenzband (erlaubt: 700, 800, 900, 1800, 2100, 2600, 3600 MHz).",
                "kaputt.csv:5:kennung: Kennung „A-1“ kommt in der Datei doppelt vor (zuerst in Zeile 2).",
                "kaputt.csv:6:genehmigung: Genehmigung (01.01.2024) liegt vor Antrag (01.02.2024).",
                "kaputt.csv:7:gemeinde_ags: Unbekannter Gemeindeschlüssel „15099999“ (keine Gemeinde in Sachsen-Anhalt).");
        ImportResult r = fx.importText("mobile", "kaputt.csv", csv);
        assertEquals(expected, lines(r).stream().filter(l -> !l.startsWith("Warnung")).toList());
        assertTrue(mobile.all().isEmpty());
        assertFalse(mobile.sites().canUndo());

        ImportResult valid = fx.importText("mobile", "kaputt.csv", csv, true, ExistingPolicy.OVERWRITE);
        assertEquals(1, valid.inserted());
        assertEquals(List.of("A-1"), mobile.all().stream().map(MobileSite::identifier).toList());
    }

    @Test
    void undoOfAnImportRestoresThePreviousStateAndTheCoverageFollowsImportAndUndo() throws Exception {
        fx.importText("mobile", "standorte.csv", HEADER + SITE_1);
        List<Map<String, Object>> before = values();
        assertEquals(0, mobile.coverageFigures().land().nrKm2(), 1e-9, "coverage computed (no site on air yet)");
        ImportResult second = fx.importText("mobile", "standorte.csv", HEADER
                + SITE_1.replace("geplant;", "Genehmigung;01.03.2025")
                + "B-1;Vodafone;5G NR;3600;in Betrieb;01.06.2025;51,48;11,97;;;\n");
        assertEquals(1, second.updated());
        assertEquals(1, second.inserted());
        assertFalse(mobile.coverage().coverage(RadioTechnology.NR).isEmpty(),
                "the committed import brought the coverage in step (no reload needed)");

        assertEquals("Rückgängig: Mobilfunkstandorte importiert aus standorte.csv", fx.imports.undo(second.changeSet()));
        assertEquals(before, values());
        assertTrue(mobile.coverage().coverage(RadioTechnology.NR).isEmpty(), "and its undo too");
    }

    private List<Map<String, Object>> values() {
        return mobile.all().stream().sorted(Comparator.comparing(MobileSite::identifier))
                .map(s -> mobile.kind().values(s)).toList();
    }
}
