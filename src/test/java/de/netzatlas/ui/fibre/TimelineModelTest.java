package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Milestone;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectStatus;

/** The timeline's bars, open ends, axis in whole years and date → x mapping. */
class TimelineModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static FibreProject project(String name, LocalDate start, LocalDate planned, LocalDate actual,
                                        List<Milestone> milestones) {
        return new FibreProject(UUID.randomUUID(), name, "15003", List.of("15003000"), null,
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, null, 10, 0, 0,
                Funding.UNKNOWN, false, ProjectStatus.BAU, null, start, planned, actual, milestones, null, false, 1);
    }

    @Test
    void barsRunFromStartToCompletionAndOpenEndedOnesToToday() {
        TimelineModel t = new TimelineModel(List.of(
                project("A", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 6, 30), null, List.of()),
                project("B", LocalDate.of(2025, 1, 1), null, null, List.of()),
                project("C", null, null, null, List.of(Milestone.planned("Spatenstich", LocalDate.of(2029, 5, 1)))),
                project("D", null, null, null, List.of())), TODAY);
        TimelineModel.Bar a = t.rows().get(0).bar();
        assertEquals(LocalDate.of(2024, 3, 1), a.from());
        assertEquals(LocalDate.of(2027, 6, 30), a.to());
        assertFalse(a.open());
        TimelineModel.Bar b = t.rows().get(1).bar();
        assertTrue(b.open());
        assertEquals(TODAY, b.to());
        assertEquals(LocalDate.of(2029, 5, 1), t.rows().get(2).bar().from(), "first milestone when no start");
        assertNull(t.rows().get(3).bar());
        assertEquals(LocalDate.of(2024, 1, 1), t.from());
        assertEquals(LocalDate.of(2030, 1, 1), t.to());
    }

    @Test
    void datesMapLinearlyOntoTheAxis() {
        TimelineModel t = new TimelineModel(List.of(
                project("A", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null, List.of())),
                LocalDate.of(2025, 1, 1));
        assertEquals(100, t.x(LocalDate.of(2024, 1, 1), 100, 500), 1e-9);
        assertEquals(500, t.x(LocalDate.of(2026, 1, 1), 100, 500), 1e-9);
        assertEquals(300, t.x(LocalDate.of(2025, 1, 1), 100, 500), 0.6);
    }
}
