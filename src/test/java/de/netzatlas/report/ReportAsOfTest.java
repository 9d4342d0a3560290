package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Milestone;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.fibre.Programme;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.Table;

/** The report reads every record as its own dates put it on the cut-off day (valid time), and registers plug in. */
class ReportAsOfTest {

    static FibreProject project(String name, ProjectStatus status) {
        return new FibreProject(UUID.randomUUID(), name, "15003", List.of("15003000"),
                ProjectAreas.fromGeoJson("test", "{\"type\":\"Polygon\",\"coordinates\":[[[11.60,52.10],[11.64,52.10],"
                        + "[11.62,52.13],[11.60,52.10]]]}"),
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, "Stadtwerke Netz", 1_200,
                40, 2,
                new Funding(new BigDecimal("4000000.00"), new BigDecimal("2000000.00"), new BigDecimal("1600000.00"),
                        new BigDecimal("0.00"), new BigDecimal("400000.00")),
                false, status, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), null,
                List.of(Milestone.planned("Spatenstich", LocalDate.of(2025, 9, 1))), "Test", false, 0);
    }

    private static List<List<String>> running(Document d) {
        return d.tables().stream().filter(t -> t.sheet().equals("Laufende Projekte")).map(Table::rows)
                .findFirst().orElseThrow();
    }

    /**
     * Valid time: each project as its own dates put it on the cut-off day, as known today — the current
     * name, the status whose date had come, a project entered later but dated earlier (back-filled)
     * included, a deleted project gone. Published editions keep what a report said at the time.
     */
    @Test
    void aProjectCountsWithTheStatusItsDatesGiveOnTheCutOff(@TempDir Path dir) throws IOException {
        try (ReportFixture f = new ReportFixture(dir)) {
            f.clock.set(Instant.parse("2025-05-02T08:00:00Z"));
            f.coverage.importCsv("versorgung-beispiel.csv",
                    Files.readAllBytes(Path.of("assets/samples/versorgung-beispiel.csv")), LocalDate.of(2024, 12, 31),
                    false);
            FibreProject kept = f.projects.create(project("Glasfaser Magdeburg Nord", ProjectStatus.FOERDERBESCHEID));
            FibreProject deletedLater = f.projects.create(project("Glasfaser Magdeburg Süd", ProjectStatus.BAU));
            f.clock.set(Instant.parse("2025-12-31T22:30:00Z")); // 23:30 in Magdeburg: still the cut-off day
            FibreProject renamed = f.projects.update(kept.withName("Glasfaser Magdeburg Nord I"));
            f.clock.set(Instant.parse("2026-01-15T09:00:00Z"));
            f.projects.update(renamed.withName("Glasfaser Magdeburg Nord II")
                    .withStatus(ProjectStatus.BAU, LocalDate.of(2026, 1, 15), null));
            f.projects.delete(deletedLater.id());
            // entered in 2026, but in the selection procedure since 1 March 2025 by its own date
            f.projects.create(project("Glasfaser Magdeburg Ost", ProjectStatus.AUSWAHLVERFAHREN));

            Document d2025 = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            List<List<String>> rows = running(d2025);
            assertEquals(2, rows.size(), rows.toString());
            assertEquals(List.of("Glasfaser Magdeburg Nord II", "Magdeburg", "Förderbescheid", "1.200", "30.06.2027"),
                    rows.get(0));
            assertEquals(List.of("Glasfaser Magdeburg Ost", "Magdeburg", "Auswahlverfahren/Ausschreibung", "1.200",
                    "30.06.2027"), rows.get(1));
            // funding approved on the cut-off day: only Nord (Förderbescheid), Bund + Land 3.6 M€
            assertEquals(3.6, d2025.kpis().stream().filter(k -> k.id().equals("foerderung")).findFirst().orElseThrow()
                    .value(), 1e-9);

            Document d2024 = f.report.assemble(2024, LocalDate.of(2024, 12, 31));
            assertTrue(d2024.tables().stream().noneMatch(t -> t.sheet().equals("Laufende Projekte")),
                    "no project had begun by its dates");

            Document d2026 = f.report.assemble(2026, LocalDate.of(2026, 12, 31));
            List<List<String>> now = running(d2026);
            assertEquals(2, now.size(), now.toString());
            assertEquals("Glasfaser Magdeburg Nord II", now.get(0).get(0));
            assertEquals("Bau", now.get(0).get(2));
            assertEquals("Glasfaser Magdeburg Ost", now.get(1).get(0));
            assertEquals(3.6, d2026.kpis().stream().filter(k -> k.id().equals("foerderung")).findFirst().orElseThrow()
                    .value(), 1e-9);
        }
    }

    @Test
    void aRegisterPlugsInThroughItsChapterSource(@TempDir Path dir) {
        SchoolsChapterSource schools = cutOff -> Optional.of(new SchoolsChapterSource.Data(cutOff, "Schulregister", false,
                cutOff.getYear() < 2025 ? List.of(school("1", false), school("2", false), school("3", false))
                        : List.of(school("1", true), school("2", true), school("3", false))));
        try (ReportFixture f = new ReportFixture(dir, new ChapterSources(null, null, schools, null))) {
            Document d = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            ReportModel.Chapter c = d.chapter(ReportAssembler.SCHOOLS).orElseThrow();
            assertTrue(c.hasData());
            ReportModel.KpiTile k = d.kpis().stream().filter(t -> t.id().equals("schulen")).findFirst().orElseThrow();
            assertEquals(2.0, k.value());
            assertEquals(0.0, k.previous());
            assertEquals("2 von 3", k.valueText());
            assertTrue(k.changeText().startsWith("+2 ggü. 31.12.2024"), k.changeText());
            Table open = d.tables().stream().filter(t -> t.sheet().equals("Schulen – offen")).findFirst()
                    .orElseThrow();
            assertTrue(c.blocks().contains(open));
            assertEquals(List.of(List.of("Schule 3", "Magdeburg", "Magdeburg", "geplant", "30.06.2026", "")),
                    open.rows());
            assertEquals("Tabelle: 1 Schule noch nicht angeschlossen, davon 0 überfällig (Stichtag 31.12.2025)",
                    open.caption());
            // no coverage in this database: Glasfaser and Ausblick say so, and their KPIs carry no value
            assertFalse(d.chapter(ReportAssembler.FIBRE).orElseThrow().hasData());
            assertEquals(null, d.kpis().get(0).value());
        }
    }

    private static SchoolsChapterSource.School school(String id, boolean connected) {
        return new SchoolsChapterSource.School(id, "Schule " + id, "15003000", "15003", 52.12, 11.62, connected,
                connected ? LocalDate.of(2025, 6, 1) : null, "1 Gbit/s", connected ? "angeschlossen" : "geplant",
                connected ? LocalDate.of(2025, 6, 1) : LocalDate.of(2026, 6, 30));
    }
}
