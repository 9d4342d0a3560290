package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo projects in reports of earlier years: as their milestones say they stood then. */
class DemoProjectPictureTest {

    @TempDir
    Path dir;

    @Test
    void aDemoProjectStepsBackThroughItsMilestones() {
        try (FibreFixture f = new FibreFixture(dir)) {
            f.demo.load();
            FibreProject done = f.projects.all().stream()
                    .filter(p -> p.demo() && p.status() == ProjectStatus.ABGESCHLOSSEN).findFirst().orElseThrow();
            List<Milestone> ms = done.milestones();
            LocalDate approved = ms.get(2).actual();
            LocalDate digging = ms.get(3).actual();
            LocalDate completed = ms.get(4).actual();

            assertSame(done, DemoProjectGenerator.pictureAt(done, completed).orElseThrow(), "unchanged once done");
            FibreProject building = DemoProjectGenerator.pictureAt(done, completed.minusDays(1)).orElseThrow();
            assertEquals(ProjectStatus.BAU, building.status());
            assertEquals(digging, building.statusSince());
            assertNull(building.actualCompletion());
            assertNull(building.milestones().get(4).actual(), "the completion had not happened yet");
            assertEquals(ProjectStatus.FOERDERBESCHEID,
                    DemoProjectGenerator.pictureAt(done, digging.minusDays(1)).orElseThrow().status());
            assertEquals(ProjectStatus.AUSWAHLVERFAHREN,
                    DemoProjectGenerator.pictureAt(done, approved.minusDays(1)).orElseThrow().status());
            FibreProject survey = DemoProjectGenerator.pictureAt(done, ms.get(0).actual().minusDays(1)).orElseThrow();
            assertEquals(ProjectStatus.MARKTERKUNDUNG, survey.status());
            assertEquals(Funding.UNKNOWN, survey.funding(), "no funding figures during the market survey");
            assertTrue(DemoProjectGenerator.pictureAt(done, ms.get(0).planned().minusYears(1)).isEmpty(),
                    "before its market survey the project did not exist");

            FibreProject real = FibreFixture.magdeburgProject("Echtes Projekt");
            assertSame(real, DemoProjectGenerator.pictureAt(real, LocalDate.of(2000, 1, 1)).orElseThrow(),
                    "real projects are never rewritten");
        }
    }

    @Test
    void asOfAnEarlierYearShowsFewerFundingDecisions() {
        try (FibreFixture f = new FibreFixture(dir)) {
            f.demo.load();
            List<FibreProject> now = f.projects.asOf(Instant.parse("2025-12-31T22:59:59Z"));
            List<FibreProject> before = f.projects.asOf(Instant.parse("2024-12-31T22:59:59Z"));
            long expectedNow = f.projects.all().stream()
                    .map(p -> DemoProjectGenerator.pictureAt(p, LocalDate.of(2025, 12, 31)).orElseThrow())
                    .filter(p -> p.status() == ProjectStatus.FOERDERBESCHEID || p.status() == ProjectStatus.BAU
                            || p.status() == ProjectStatus.ABGESCHLOSSEN).count();
            assertEquals(expectedNow, approved(now));
            // a funding decision, once taken, stays; the demo set takes new ones in 2025
            assertTrue(decided(before) < decided(now), decided(before) + " < " + decided(now));
            assertTrue(before.size() <= now.size(), "no project disappears, later ones appear");
        }
    }

    private static long decided(List<FibreProject> projects) {
        return projects.stream().filter(p -> p.milestones().get(2).actual() != null).count();
    }

    private static long approved(List<FibreProject> projects) {
        return projects.stream().filter(p -> p.status() == ProjectStatus.FOERDERBESCHEID
                || p.status() == ProjectStatus.BAU || p.status() == ProjectStatus.ABGESCHLOSSEN).count();
    }
}
