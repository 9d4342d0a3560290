package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.scenario.ProjectionPoint;

/** Which projects feed the projection: completed and running ones, not surveys or cancelled ones. */
class FibreOutlookTest {

    @TempDir
    Path dir;

    @Test
    void onlyCompletedAndRunningProjectsAfterTheStandDeliverHouseholds() {
        try (FibreFixture f = new FibreFixture(dir)) {
            assertTrue(f.outlook.project(2030).isEmpty(), "no stand, no projection");
            assertTrue(f.coverage.importCsv(Path.of("assets/samples/versorgung-beispiel.csv"), null, false).written());
            FibreProject running = FibreFixture.magdeburgProject("Bau läuft");
            f.projects.create(running.withStatus(ProjectStatus.BAU, LocalDate.of(2025, 9, 1), null));
            f.projects.create(FibreFixture.magdeburgProject("Abgebrochen")
                    .withStatus(ProjectStatus.ABGEBROCHEN, LocalDate.of(2025, 1, 1), null));
            f.projects.create(FibreFixture.magdeburgProject("Erkundung")
                    .withStatus(ProjectStatus.MARKTERKUNDUNG, LocalDate.of(2025, 1, 1), null));
            f.projects.create(FibreFixture.magdeburgProject("Fertig 2026")
                    .withStatus(ProjectStatus.ABGESCHLOSSEN, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)));
            f.projects.create(FibreFixture.magdeburgProject("Fertig vor dem Stand")
                    .withStatus(ProjectStatus.ABGESCHLOSSEN, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));

            List<ProjectionPoint> points = f.outlook.project(2030).orElseThrow().points();
            long base = fttbh(points, 2024, "15003000");
            assertEquals(base + 1_200, fttbh(points, 2026, "15003000"), "completed in 2026");
            assertEquals(base + 2_400, fttbh(points, 2027, "15003000"), "plus the running one, planned mid-2027");
            assertEquals(base + 2_400, fttbh(points, 2030, "15003000"), "nothing from survey, cancelled or pre-stand projects");
        }
    }

    private static long fttbh(List<ProjectionPoint> points, int year, String ags) {
        return points.stream().filter(p -> p.year() == year && p.ags().equals(ags)).findFirst().orElseThrow().fttbh();
    }
}
