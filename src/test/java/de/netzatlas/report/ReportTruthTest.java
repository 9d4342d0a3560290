package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.Table;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolDemoGenerator;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;

/**
 * The report's rules of truth (issue "Report figures a cabinet can rely on"): valid time decides,
 * demo and real never mix, partial data says it is partial, a change needs two different stands,
 * expired targets read "erreicht"/"verfehlt", "keine Daten" is never 0.
 */
class ReportTruthTest {

    static final GeoPoint MAGDEBURG = new GeoPoint(52.12, 11.62);

    private static School school(String nummer, String name, String ags, StatusHistory<SchoolStatus> h,
                                 LocalDate actual) {
        return new School(UUID.randomUUID(), nummer, name, SchoolType.GRUNDSCHULE, null, null, ags, MAGDEBURG, 200, 50,
                10, 1000, 200, h, Technology.GLASFASER, null, actual, new BigDecimal("80000.00"), FundingSource.LAND,
                WlanStatus.TEILWEISE, null, false, 0);
    }

    /** The workflow's path to a connection on {@code on}. */
    private static StatusHistory<SchoolStatus> connected(LocalDate on) {
        return StatusHistory.of(SchoolStatus.NICHT_ANGESCHLOSSEN, null).then(SchoolStatus.GEPLANT, on.minusMonths(6))
                .then(SchoolStatus.BEAUFTRAGT, on.minusMonths(4)).then(SchoolStatus.IM_BAU, on.minusMonths(2))
                .then(SchoolStatus.ANGESCHLOSSEN, on);
    }

    private static KpiTile kpi(Document d, String id) {
        return d.kpis().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private static Table table(Document d, String sheet) {
        return d.tables().stream().filter(t -> t.sheet().equals(sheet)).findFirst().orElseThrow();
    }

    @Test
    void aSchoolEnteredTodayButConnectedIn2022CountsIn2024(@TempDir Path dir) {
        try (ReportFixture f = ReportFixture.withRegisters(dir)) {
            f.clock.set(Instant.parse("2026-12-03T10:00:00Z")); // entered today
            String md = f.locations.gemeindeFor(MAGDEBURG, null);
            f.schools.create(school("1", "Grundschule Alt", md, connected(LocalDate.of(2022, 5, 2)),
                    LocalDate.of(2022, 5, 2)));
            // imported as connected without a status date: the record's connection date says when
            f.schools.create(school("2", "Gymnasium Mitte", md, StatusHistory.of(SchoolStatus.ANGESCHLOSSEN, null),
                    LocalDate.of(2023, 9, 1)));
            // connected in 2026 by its dates: open in 2024
            f.schools.create(school("3", "Sekundarschule Neu", md, connected(LocalDate.of(2026, 2, 1)),
                    LocalDate.of(2026, 2, 1)));

            Document d2024 = f.report.assemble(2024, LocalDate.of(2024, 12, 31));
            KpiTile k = kpi(d2024, "schulen");
            assertEquals(2.0, k.value());
            assertEquals("2 von 3", k.valueText());
            assertEquals(2.0, k.previous(), "2023-12-31: connected in 2022 and in September 2023");
            assertEquals(1.0, kpi(f.report.assemble(2022, LocalDate.of(2022, 12, 31)), "schulen").value(),
                    "2022-12-31: the Gymnasium's connection date (2023) had not come");
            assertEquals(List.of("Sekundarschule Neu"), table(d2024, "Schulen – offen").column("Schule"));
            assertFalse(d2024.chapter(ReportAssembler.SCHOOLS).orElseThrow().dataStand().contains("Erfassung"));

            Document d2021 = f.report.assemble(2021, LocalDate.of(2021, 12, 31));
            assertEquals(0.0, kpi(d2021, "schulen").value());
        }
    }

    @Test
    void aStepWithoutAnyDateCountsFromItsEntryAndTheChapterSaysSo(@TempDir Path dir) {
        try (ReportFixture f = ReportFixture.withRegisters(dir)) {
            f.clock.set(Instant.parse("2025-03-01T10:00:00Z"));
            String md = f.locations.gemeindeFor(MAGDEBURG, null);
            School s = f.schools.create(school("1", "Grundschule Ohne Datum", md,
                    StatusHistory.of(SchoolStatus.NICHT_ANGESCHLOSSEN, null), null));
            f.clock.set(Instant.parse("2025-06-10T10:00:00Z"));
            f.schools.update(s.withStatus(SchoolStatus.GEPLANT, null, null, 50, 10)); // no date given

            Document before = f.report.assemble(2025, LocalDate.of(2025, 6, 9));
            assertEquals(List.of("nicht angeschlossen"), table(before, "Schulen – offen").column("Status"));
            Document d2025 = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            assertEquals(List.of("geplant"), table(d2025, "Schulen – offen").column("Status"));
            String stand = d2025.chapter(ReportAssembler.SCHOOLS).orElseThrow().dataStand();
            assertTrue(stand.contains("1 Eintrag ohne Datum des Statuswechsels: für sie gilt der Zeitpunkt der "
                    + "Erfassung"), stand);
        }
    }

    @Test
    void withThreeRealSchoolsTheDemoSchoolsAreLeftOutAndNotCompared(@TempDir Path dir) {
        try (ReportFixture f = ReportFixture.withRegisters(dir)) {
            DemoPlacement placement = new DemoPlacement(f.regions, PlaceSearch.bundledPlaces());
            f.schools.loadDemo(new SchoolDemoGenerator(f.regions, placement, 7).generate(), "Demo Schulen");
            Document demoOnly = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            assertTrue(demoOnly.demo());
            assertEquals(List.of("Schulen ans Netz"), demoOnly.demoDomains());

            f.clock.set(Instant.parse("2026-01-10T10:00:00Z"));
            String md = f.locations.gemeindeFor(MAGDEBURG, null);
            f.schools.create(school("R1", "Echte Schule 1", md, connected(LocalDate.of(2025, 3, 1)),
                    LocalDate.of(2025, 3, 1)));
            f.schools.create(school("R2", "Echte Schule 2", md, StatusHistory.of(SchoolStatus.GEPLANT,
                    LocalDate.of(2025, 1, 1)), null));
            f.schools.create(school("R3", "Echte Schule 3", md, StatusHistory.of(SchoolStatus.IM_BAU,
                    LocalDate.of(2025, 6, 1)), null));

            Document d = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            KpiTile k = kpi(d, "schulen");
            assertEquals("1 von 3", k.valueText());
            assertEquals(0.0, k.previous(), "the previous year counts the real schools, never the demo set");
            assertEquals("+1 ggü. 31.12.2024", k.changeText());
            assertFalse(d.demo(), "no chapter rests on demo data any more");
            assertEquals(List.of(), d.demoDomains());
            assertEquals(3, table(d, "Schulen je Kreis").rows().stream()
                    .mapToInt(r -> Integer.parseInt(r.get(1))).sum());
        }
    }

    @Test
    void aPartialStandIsLabelledAndNeverComparedWithItself(@TempDir Path dir) throws IOException {
        try (ReportFixture f = new ReportFixture(dir)) {
            f.coverage.importCsv("versorgung-beispiel.csv",
                    Files.readAllBytes(Path.of("assets/samples/versorgung-beispiel.csv")), LocalDate.of(2024, 12, 31),
                    false);
            int gemeinden = f.regions.byLevel(de.netzatlas.region.RegionLevel.GEMEINDE).size();
            Document d = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            KpiTile fttbh = kpi(d, "fttbh");
            assertTrue(fttbh.targetNotes().get(0).startsWith("Teilbestand: 14 von " + gemeinden + " Gemeinden"),
                    fttbh.targetNotes().toString());
            assertNull(fttbh.previous(), "the 2024 stand is the only stand: no change against itself");
            assertFalse(fttbh.changeText().contains("±0,0"), fttbh.changeText());
            assertEquals("Abstand des Landes zum Ziel nicht bestimmbar", fttbh.targetNotes().get(1));
            Table kreise = table(d, "Glasfaser je Kreis");
            String total = kreise.totals().get(0);
            assertTrue(total.startsWith("Teilbestand: 14 von " + gemeinden + " Gemeinden, "), total);
            assertTrue(total.endsWith(" % der Haushalte"), total);
            assertFalse(total.contains("Sachsen-Anhalt"));
            assertTrue(kreise.caption().contains("Quelle: ") && kreise.caption().contains("Stand 31.12.2024"),
                    kreise.caption());
            // no project is known: no zero table, no "0,0 Mio. €"
            assertTrue(d.tables().stream().noneMatch(t -> t.sheet().equals("Projekte nach Status")));
            assertNull(kpi(d, "foerderung").value());
            assertEquals("keine Daten", kpi(d, "foerderung").valueText());
        }
    }

    @Test
    void anExpiredTargetReadsMissedWithTheValueOnTheTargetDate(@TempDir Path dir) {
        try (ReportFixture f = ReportFixture.withRegisters(dir)) {
            String md = f.locations.gemeindeFor(MAGDEBURG, null);
            f.schools.create(school("1", "Schule A", md, connected(LocalDate.of(2021, 5, 2)),
                    LocalDate.of(2021, 5, 2)));
            f.schools.create(school("2", "Schule B", md, connected(LocalDate.of(2024, 5, 2)),
                    LocalDate.of(2024, 5, 2)));
            KpiTile k = kpi(f.report.assemble(2025, LocalDate.of(2025, 12, 31)), "schulen");
            assertEquals(List.of("Land (Schulen ans Netz) 100 % bis 31.12.2022: verfehlt (Stand 31.12.2022: 1 von 2 "
                    + "Schulen, 50,0 %)"), k.targetNotes());
            KpiTile before = kpi(f.report.assemble(2022, LocalDate.of(2022, 6, 30)), "schulen");
            assertTrue(before.targetNotes().get(0).contains("noch 50,0 Pp."), before.targetNotes().toString());
        }
    }

    @Test
    void germanOrderPutsBoerdeBeforeBurgenlandkreis() {
        List<String> names = new java.util.ArrayList<>(List.of("Burgenlandkreis", "Börde", "Altmarkkreis Salzwedel"));
        names.sort(ReportAssembler.germanOrder());
        assertEquals(List.of("Altmarkkreis Salzwedel", "Börde", "Burgenlandkreis"), names);
    }

    @Test
    void theForewordAndTheImprintOfTheYearArePrintedAndBookmarked(@TempDir Path dir) throws Exception {
        try (ReportFixture f = new ReportFixture(dir)) {
            f.texts.save(2025, "vorwort", "Liebe Leserinnen und Leser, **der Ausbau** geht voran.", "cio");
            f.texts.save(2025, "impressum", "Herausgeber: Ministerium\n\nRedaktion: Referat 45", "cio");
            Document d = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            assertEquals("Herausgeber: Ministerium\n\nRedaktion: Referat 45", d.imprint());
            byte[] pdf = f.report.pdf(d);
            String text = String.join("\n", ReportDemoTest.texts(pdf));
            assertTrue(text.indexOf("Liebe Leserinnen und Leser") < text.indexOf("1 Zusammenfassung\n", text.indexOf("Liebe")),
                    "the foreword comes before the summary");
            assertTrue(text.contains("Redaktion: Referat 45"));
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                List<String> outline = new java.util.ArrayList<>();
                for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    outline.add(item.getTitle());
                }
                assertEquals("Vorwort", outline.get(0));
                assertEquals("Impressum", outline.get(outline.size() - 1));
            }
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
