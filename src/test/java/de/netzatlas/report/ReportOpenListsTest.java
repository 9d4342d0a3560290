package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.region.Region;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.Table;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolDemoGenerator;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.Redundancy;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteDemoGenerator;
import de.netzatlas.sites.SiteStatus;

/**
 * The chapters "Schulen ans Netz" and "ITN-XT" end with the schools and sites still open at the
 * cut-off as tables: every open item once, with its status and planned date as of the cut-off, an
 * "überfällig" marker for a planned date before the cut-off, sorted by Kreis, date and name.
 */
class ReportOpenListsTest {

    static final LocalDate CUT_OFF = LocalDate.of(2025, 12, 31);
    static final GeoPoint HALLE = new GeoPoint(51.4825, 11.9697);
    static final GeoPoint MAGDEBURG = new GeoPoint(52.12, 11.62);
    static final List<String> SCHOOL_COLUMNS = List.of("Schule", "Gemeinde", "Kreis", "Status", "geplanter Anschluss",
            "überfällig");
    static final List<String> SITE_COLUMNS = List.of("Standort", "Behörde/Dienststelle", "Kreis", "Status",
            "geplante Migration", "überfällig");

    @TempDir
    Path dir;

    private static OpenItemsTable.Item item(String name, String kreis, String status, LocalDate planned) {
        return new OpenItemsTable.Item(name, "Gemeinde " + name, kreis, status, planned);
    }

    @Test
    void overdueMeansAPlannedDateBeforeTheCutOffAndRowsSortByKreisDateAndName() {
        Table t = OpenItemsTable.table(ReportAssembler.OPEN_SCHOOLS, List.of(
                item("Schule A", "Harz", "im Bau", CUT_OFF),
                item("Schule B", "Harz", "geplant", CUT_OFF.minusDays(1)),
                item("Schule D", "Börde", "nicht angeschlossen", null),
                item("Schule C", "Börde", "beauftragt", CUT_OFF.plusDays(1)),
                item("Schule E", "Burgenlandkreis", "geplant", LocalDate.of(2024, 5, 1)),
                item("Schule 0", "Börde", "geplant", null)), CUT_OFF);
        assertEquals(List.of(
                List.of("Schule C", "Gemeinde Schule C", "Börde", "beauftragt", "01.01.2026", ""),
                List.of("Schule 0", "Gemeinde Schule 0", "Börde", "geplant", "–", ""),
                List.of("Schule D", "Gemeinde Schule D", "Börde", "nicht angeschlossen", "–", ""),
                List.of("Schule E", "Gemeinde Schule E", "Burgenlandkreis", "geplant", "01.05.2024", "ja"),
                List.of("Schule B", "Gemeinde Schule B", "Harz", "geplant", "30.12.2025", "ja"),
                List.of("Schule A", "Gemeinde Schule A", "Harz", "im Bau", "31.12.2025", "")), t.rows());
        assertEquals("Tabelle: 6 Schulen noch nicht angeschlossen, davon 2 überfällig (Stichtag 31.12.2025)",
                t.caption());
        assertEquals(SCHOOL_COLUMNS, t.columns().stream().map(ReportModel.Column::title).toList());
        assertTrue(t.compact());
        assertEquals("Schulen – offen", t.sheet());

        Table none = OpenItemsTable.table(ReportAssembler.OPEN_SITES, List.of(), CUT_OFF);
        assertEquals(List.of(), none.rows());
        assertEquals("Tabelle: alle Standorte migriert (Stichtag 31.12.2025)", none.caption());
    }

    private static School school(String nummer, String name, GeoPoint p, String ags, StatusHistory<SchoolStatus> h,
                                 LocalDate planned) {
        return new School(UUID.randomUUID(), nummer, name, SchoolType.GRUNDSCHULE, null, null, ags, p, 200, 50, 10,
                1000, 200, h, Technology.DSL, planned, null, new BigDecimal("80000.00"), FundingSource.LAND,
                WlanStatus.TEILWEISE, null, false, 0);
    }

    private static ItnSite site(String name, String authority, GeoPoint p, String ags, StatusHistory<SiteStatus> h,
                                LocalDate planned) {
        return new ItnSite(UUID.randomUUID(), name, authority, SiteClass.HAUPTSTANDORT, null, ags, p,
                BandwidthClass.MBIT_500, Redundancy.KEINE, h, planned, null, null, null, false, null, false, 0);
    }

    private static Table table(Document d, String sheet) {
        return d.tables().stream().filter(t -> t.sheet().equals(sheet)).findFirst().orElseThrow();
    }

    @Test
    void theListsShowSchoolsAndSitesAsTheyStoodAtTheCutOff(@TempDir Path dir) {
        try (ReportFixture f = ReportFixture.withRegisters(dir)) {
            f.clock.set(Instant.parse("2025-05-02T08:00:00Z"));
            String halle = f.locations.gemeindeFor(HALLE, null);
            String magdeburg = f.locations.gemeindeFor(MAGDEBURG, null);
            School late = f.schools.create(school("1", "Grundschule am Markt", HALLE, halle,
                    StatusHistory.of(SchoolStatus.GEPLANT, LocalDate.of(2024, 1, 10)), LocalDate.of(2025, 6, 30)));
            School building = f.schools.create(school("2", "Gymnasium Nord", MAGDEBURG, magdeburg,
                    StatusHistory.of(SchoolStatus.IM_BAU, LocalDate.of(2025, 3, 1)), LocalDate.of(2026, 3, 31)));
            School unplanned = f.schools.create(school("3", "Förderschule Süd", MAGDEBURG, magdeburg,
                    StatusHistory.of(SchoolStatus.NICHT_ANGESCHLOSSEN, LocalDate.of(2020, 1, 1)), null));
            School done = f.schools.create(school("4", "Sekundarschule Ost", MAGDEBURG, magdeburg,
                    StatusHistory.of(SchoolStatus.IM_BAU, LocalDate.of(2025, 1, 10)), LocalDate.of(2025, 4, 1)));
            f.schools.update(done.withStatus(SchoolStatus.ANGESCHLOSSEN, LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 4, 1), 1000, 200));
            // recorded before the cut-off, but dated after it: on the cut-off day still "nicht angeschlossen"
            f.schools.update(unplanned.withStatus(SchoolStatus.GEPLANT, LocalDate.of(2026, 1, 15), null, 50, 10));

            ItnSite planned = f.sites.create(site("Finanzamt Halle", "Ministerium der Finanzen", HALLE, halle,
                    StatusHistory.of(SiteStatus.GEPLANT, LocalDate.of(2025, 3, 1)), LocalDate.of(2025, 10, 1)));
            f.sites.create(site("Amtsgericht Magdeburg", "Ministerium der Justiz", MAGDEBURG, magdeburg,
                    StatusHistory.of(SiteStatus.ALTNETZ, null), null));
            ItnSite gone = f.sites.create(site("Polizeirevier Alt", "Ministerium für Inneres", MAGDEBURG, magdeburg,
                    StatusHistory.of(SiteStatus.ALTNETZ, null), null));
            f.sites.update(gone.withStatus(SiteStatus.ZURUECKGEBAUT, LocalDate.of(2025, 4, 30), null, null,
                    LocalDate.of(2025, 4, 30)));

            // after the cut-off: connected, re-planned, migrated
            f.clock.set(Instant.parse("2026-02-02T09:00:00Z"));
            f.schools.update(f.schools.find(building.id()).orElseThrow().withStatus(SchoolStatus.ANGESCHLOSSEN,
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), 1000, 200));
            School replanned = f.schools.find(late.id()).orElseThrow();
            f.schools.update(new School(replanned.id(), replanned.schulnummer(), replanned.name(), replanned.type(),
                    replanned.traeger(), replanned.address(), replanned.gemeindeAgs(), replanned.location(),
                    replanned.pupils(), replanned.downMbit(), replanned.upMbit(), replanned.targetDownMbit(),
                    replanned.targetUpMbit(), replanned.history(), replanned.technology(), LocalDate.of(2026, 9, 30),
                    null, replanned.cost(), replanned.funding(), replanned.wlan(), null, false, replanned.version()));
            ItnSite p = f.sites.find(planned.id()).orElseThrow();
            ItnSite migrating = f.sites.update(p.withStatus(SiteStatus.IN_MIGRATION, LocalDate.of(2026, 1, 20),
                    LocalDate.of(2026, 1, 20), null, null));
            f.sites.update(migrating.withStatus(SiteStatus.AKTIV, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 20),
                    LocalDate.of(2026, 2, 1), null));

            Document d2025 = f.report.assemble(2025, CUT_OFF);
            Table schools = table(d2025, "Schulen – offen");
            assertEquals(List.of(
                    List.of("Grundschule am Markt", "Halle (Saale)", "Halle (Saale)", "geplant", "30.06.2025", "ja"),
                    List.of("Gymnasium Nord", "Magdeburg", "Magdeburg", "im Bau", "31.03.2026", ""),
                    List.of("Förderschule Süd", "Magdeburg", "Magdeburg", "nicht angeschlossen", "–", "")),
                    schools.rows());
            assertEquals("Tabelle: 3 Schulen noch nicht angeschlossen, davon 1 überfällig (Stichtag 31.12.2025)",
                    schools.caption());
            Table sites = table(d2025, "Standorte – offen");
            assertEquals(List.of(
                    List.of("Finanzamt Halle", "Ministerium der Finanzen", "Halle (Saale)", "geplant", "01.10.2025", "ja"),
                    List.of("Amtsgericht Magdeburg", "Ministerium der Justiz", "Magdeburg", "Altnetz", "–", "")),
                    sites.rows());
            assertEquals("Tabelle: 2 Standorte noch nicht migriert, davon 1 überfällig (Stichtag 31.12.2025)",
                    sites.caption());

            Document d2026 = f.report.assemble(2026, LocalDate.of(2026, 12, 31));
            assertEquals(List.of(
                    List.of("Grundschule am Markt", "Halle (Saale)", "Halle (Saale)", "geplant", "30.09.2026", "ja"),
                    List.of("Förderschule Süd", "Magdeburg", "Magdeburg", "geplant", "–", "")),
                    table(d2026, "Schulen – offen").rows());
            assertEquals(List.of("Amtsgericht Magdeburg"), table(d2026, "Standorte – offen").column("Standort"));
        }
    }

    @Test
    void demoListsHoldEveryOpenSchoolAndSiteInOrderAndPrintAsTables() throws IOException {
        try (ReportFixture f = ReportFixture.withRegisters(dir)) {
            DemoPlacement placement = new DemoPlacement(f.regions, PlaceSearch.bundledPlaces());
            f.schools.loadDemo(new SchoolDemoGenerator(f.regions, placement, 7).generate(), "Demo Schulen");
            f.sites.loadDemo(new SiteDemoGenerator(f.regions, placement, 3).generate(), "Demo Standorte");
            Document d = f.report.assemble(2025, CUT_OFF);
            Instant end = ServiceFibreChapterSource.endOfDay(CUT_OFF);

            List<School> openSchools = f.schools.asOf(end).stream().filter(s -> s.location() != null
                    && s.history().statusOn(CUT_OFF).orElse(SchoolStatus.NICHT_ANGESCHLOSSEN)
                    != SchoolStatus.ANGESCHLOSSEN).toList();
            Table schools = table(d, "Schulen – offen");
            assertTrue(openSchools.size() > 20, "demo data has open schools: " + openSchools.size());
            assertEquals(openSchools.size(), schools.rows().size());
            long late = openSchools.stream().filter(s -> s.plannedDate() != null && s.plannedDate().isBefore(CUT_OFF))
                    .count();
            assertTrue(late > 0, "demo data has overdue schools");
            assertEquals(late, schools.column("überfällig").stream().filter("ja"::equals).count());
            assertEquals("Tabelle: " + openSchools.size() + " Schulen noch nicht angeschlossen, davon " + late
                    + " überfällig (Stichtag 31.12.2025)", schools.caption());
            School one = openSchools.stream().filter(s -> s.plannedDate() != null).findFirst().orElseThrow();
            List<String> expected = List.of(one.name(), regionName(f, one.gemeindeAgs()),
                    regionName(f, f.regions.byAgs(one.gemeindeAgs()).flatMap(Region::parent).orElseThrow()),
                    one.history().statusOn(CUT_OFF).orElseThrow().label(), Fmt.date(one.plannedDate()),
                    one.plannedDate().isBefore(CUT_OFF) ? "ja" : "");
            assertTrue(schools.rows().contains(expected), expected + " in " + schools.rows());
            assertSorted(schools);

            List<ItnSite> openSites = f.sites.asOf(end).stream().filter(s -> s.location() != null)
                    .filter(s -> {
                        SiteStatus held = s.history().statusOn(CUT_OFF).orElse(SiteStatus.ALTNETZ);
                        return held != SiteStatus.AKTIV && held != SiteStatus.ZURUECKGEBAUT;
                    }).toList();
            Table sites = table(d, "Standorte – offen");
            assertTrue(openSites.size() > 5, "demo data has open sites: " + openSites.size());
            assertEquals(openSites.size(), sites.rows().size());
            assertEquals(SITE_COLUMNS, sites.columns().stream().map(ReportModel.Column::title).toList());
            ItnSite site = openSites.stream().filter(s -> s.plannedMigration() != null).findFirst().orElseThrow();
            assertTrue(sites.rows().stream().anyMatch(r -> r.get(0).equals(site.name())
                    && r.get(1).equals(site.authority())
                    && r.get(3).equals(site.history().statusOn(CUT_OFF).orElseThrow().label())
                    && r.get(4).equals(Fmt.date(site.plannedMigration()))), site + " in " + sites.rows());
            assertSorted(sites);

            byte[] pdf = f.report.pdf(d);
            String text = String.join("\n", ReportDemoTest.texts(pdf)).replaceAll("[ \\t]+", " ");
            for (String s : List.of(schools.caption(), sites.caption(), "Schule Gemeinde Kreis Status",
                    "Standort Behörde/Dienststelle Kreis Status", "Anschluss", "Migration", "überfällig",
                    "Offene Schulen und Standorte, überfällig")) {
                assertTrue(text.contains(s), s);
            }
            assertTrue(text.replaceAll("\\s+", " ").contains("Überfällig ist ein Eintrag, dessen geplantes Datum vor "
                    + "dem Stichtag liegt"), "method note in Anhang C");

            Path x = dir.resolve("tabellen.xlsx");
            f.report.writeXlsx(d, x);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
                Sheet s = wb.getSheet("Schulen – offen");
                int h = XlsxTablesWriter.HEADER_ROW;
                Row header = s.getRow(h);
                List<String> titles = new ArrayList<>();
                header.forEach(c -> titles.add(c.getStringCellValue()));
                assertEquals(SCHOOL_COLUMNS, titles);
                assertEquals(schools.rows().size() + h, s.getLastRowNum());
                assertEquals(schools.rows().get(0).get(0), s.getRow(h + 1).getCell(0).getStringCellValue());
                assertEquals(SITE_COLUMNS.get(1), wb.getSheet("Standorte – offen").getRow(h).getCell(1)
                        .getStringCellValue());
            }
        }
    }

    private static String regionName(ReportFixture f, String ags) {
        return f.regions.byAgs(ags).map(Region::name).orElseThrow();
    }

    /** Kreis (German order), then planned date (none last), then name (German order). */
    private static void assertSorted(Table t) {
        Collator german = Collator.getInstance(Locale.GERMANY);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        for (int i = 1; i < t.rows().size(); i++) {
            List<String> a = t.rows().get(i - 1);
            List<String> b = t.rows().get(i);
            int c = german.compare(a.get(2), b.get(2));
            if (c == 0) {
                LocalDate da = a.get(4).equals("–") ? LocalDate.MAX : LocalDate.parse(a.get(4), date);
                LocalDate db = b.get(4).equals("–") ? LocalDate.MAX : LocalDate.parse(b.get(4), date);
                c = da.compareTo(db);
                if (c == 0) {
                    c = german.compare(a.get(0), b.get(0));
                }
            }
            assertTrue(c <= 0, "row " + i + " out of order: " + a + " before " + b);
        }
        assertTrue(t.rows().stream().map(r -> r.get(2)).distinct().count() > 1, "several Kreise");
    }
}
