package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A project's status on a day by its own dates, as currently known. */
class ProjectValidTimeTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private static FibreProject p(ProjectStatus status, LocalDate since, LocalDate actual, List<Milestone> ms) {
        return new FibreProject(ID, "Glasfaser Test", "15003", List.of("15003000"), null,
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, "Netz GmbH", 500, 5, 1,
                new Funding(new BigDecimal("1000000.00"), new BigDecimal("500000.00"), new BigDecimal("400000.00"),
                        BigDecimal.ZERO, new BigDecimal("100000.00")),
                false, status, since, null, LocalDate.of(2027, 6, 30), actual, ms, "", false, 1);
    }

    private static ProjectStatus on(FibreProject now, List<FibreProject> recorded, LocalDate day) {
        return ProjectValidTime.on(now, recorded, day).project().map(FibreProject::status).orElse(null);
    }

    @Test
    void theStepWhoseDateHadComeHolds() {
        FibreProject m = p(ProjectStatus.MARKTERKUNDUNG, LocalDate.of(2023, 2, 1), null, List.of());
        FibreProject a = p(ProjectStatus.AUSWAHLVERFAHREN, LocalDate.of(2023, 9, 1), null, List.of());
        FibreProject b = p(ProjectStatus.BAU, LocalDate.of(2025, 4, 1), null, List.of());
        List<FibreProject> recorded = List.of(m, a, b);
        assertEquals(null, on(b, recorded, LocalDate.of(2022, 12, 31)), "not begun");
        assertEquals(ProjectStatus.MARKTERKUNDUNG, on(b, recorded, LocalDate.of(2023, 6, 30)));
        assertEquals(ProjectStatus.AUSWAHLVERFAHREN, on(b, recorded, LocalDate.of(2024, 12, 31)));
        assertEquals(ProjectStatus.BAU, on(b, recorded, LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2023, 9, 1), ProjectValidTime.on(b, recorded, LocalDate.of(2024, 12, 31)).project()
                .orElseThrow().statusSince());
    }

    @Test
    void aCorrectedDateWinsAndAStepTakenBackDoesNotCount() {
        FibreProject wrongBau = p(ProjectStatus.BAU, LocalDate.of(2024, 3, 1), null, List.of());
        FibreProject a = p(ProjectStatus.AUSWAHLVERFAHREN, LocalDate.of(2023, 1, 1), null, List.of());
        FibreProject corrected = p(ProjectStatus.AUSWAHLVERFAHREN, LocalDate.of(2023, 5, 1), null, List.of());
        // recorded: Auswahlverfahren (Jan), then Bau by mistake, then back to Auswahlverfahren with a corrected date
        List<FibreProject> recorded = List.of(a, wrongBau, corrected);
        assertEquals(ProjectStatus.AUSWAHLVERFAHREN, on(corrected, recorded, LocalDate.of(2024, 12, 31)));
        assertEquals(null, on(corrected, recorded, LocalDate.of(2023, 3, 1)), "the corrected date counts");
    }

    @Test
    void milestonesReachedLaterAreNotYetReachedAndUndatedProjectsSaySo() {
        List<Milestone> ms = List.of(new Milestone(UUID.randomUUID(), "Spatenstich", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 1)));
        FibreProject done = p(ProjectStatus.ABGESCHLOSSEN, null, LocalDate.of(2026, 5, 1), ms);
        FibreProject bau = p(ProjectStatus.BAU, LocalDate.of(2024, 11, 1), null, ms);
        ProjectValidTime.OnDay d = ProjectValidTime.on(done, List.of(bau, done), LocalDate.of(2024, 12, 31));
        assertEquals(ProjectStatus.BAU, d.project().orElseThrow().status());
        assertEquals(null, d.project().orElseThrow().actualCompletion());
        assertEquals(null, d.project().orElseThrow().milestones().get(0).actual());
        assertEquals(ProjectStatus.ABGESCHLOSSEN, on(done, List.of(bau, done), LocalDate.of(2026, 5, 1)),
                "completion dated by the actual completion");

        ProjectValidTime.OnDay undated = ProjectValidTime.on(p(ProjectStatus.BAU, null, null, List.of()), List.of(),
                LocalDate.of(2024, 12, 31));
        assertTrue(undated.undated());
        assertFalse(undated.project().isPresent());
    }
}
