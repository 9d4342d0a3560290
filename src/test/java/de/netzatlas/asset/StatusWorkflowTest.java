package de.netzatlas.asset;

import static de.netzatlas.asset.TestStatus.A;
import static de.netzatlas.asset.TestStatus.B;
import static de.netzatlas.asset.TestStatus.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusWorkflowTest {

    private final StatusWorkflow<TestStatus> wf = TestStatus.WORKFLOW;

    @Test
    void allowsOnlyDeclaredStepsAndStayingPut() {
        assertTrue(wf.canMove(A, B));
        assertTrue(wf.canMove(A, A));
        assertFalse(wf.canMove(A, C));
        assertTrue(wf.canMove(B, A));
        assertFalse(wf.canMove(C, B));
        assertTrue(wf.isFinal(C));
        assertEquals(EnumSet.of(A, C), wf.next(B));
    }

    @Test
    void refusedStepNamesFieldAndAllowedTargets() {
        ValidationIssue issue = wf.checkStep("status", A, C).orElseThrow();
        assertTrue(issue.isError());
        assertEquals("status", issue.field());
        assertEquals("Status kann nicht von „Anfang“ zu „Ende“ wechseln (erlaubt: Mitte).", issue.message());
        assertEquals("Status kann nicht von „Ende“ zu „Anfang“ wechseln („Ende“ ist ein Endzustand).",
                wf.checkStep("status", C, A).orElseThrow().message());
    }

    @Test
    void parsesNameOrLabel() {
        assertEquals(B, wf.parse("mitte").orElseThrow());
        assertEquals(C, wf.parse(" C ").orElseThrow());
        assertTrue(wf.parse("X").isEmpty());
    }

    @Test
    void historyKeepsDatedStepsAndCurrentStatus() {
        StatusHistory<TestStatus> h = StatusHistory.of(A, LocalDate.of(2020, 1, 1))
                .then(B, LocalDate.of(2021, 5, 1))
                .then(B, LocalDate.of(2021, 6, 1))
                .then(C, LocalDate.of(2022, 2, 2));
        assertEquals(3, h.size());
        assertEquals(C, h.current());
        assertEquals(LocalDate.of(2022, 2, 2), h.currentSince().orElseThrow());
        assertEquals(LocalDate.of(2021, 5, 1), h.reached(B).orElseThrow());
        assertTrue(wf.checkHistory("status", h).isEmpty());
    }

    @Test
    void historyWithForbiddenStepOrDatesGoingBackIsRejected() {
        StatusHistory<TestStatus> jump = StatusHistory.of(A, LocalDate.of(2020, 1, 1)).then(C, LocalDate.of(2021, 1, 1));
        assertEquals(List.of("Status kann nicht von „Anfang“ zu „Ende“ wechseln (erlaubt: Mitte)."),
                wf.checkHistory("status", jump).stream().map(ValidationIssue::message).toList());
        StatusHistory<TestStatus> back = StatusHistory.of(A, LocalDate.of(2020, 1, 1)).then(B, LocalDate.of(2019, 1, 1));
        assertEquals(List.of("Status „Mitte“ seit 01.01.2019 liegt vor „Anfang“ seit 01.01.2020."),
                wf.checkHistory("status", back).stream().map(ValidationIssue::message).toList());
    }

    @Test
    void datesOutOfOrderNameTheLaterField() {
        List<ValidationIssue> issues = DateOrder.inOrder(
                DateOrder.field("planned_date", "Geplanter Anschluss", LocalDate.of(2022, 3, 1)),
                DateOrder.field("start", "Baubeginn", null),
                DateOrder.field("actual_date", "Ist-Anschluss", LocalDate.of(2021, 12, 24)));
        assertEquals(1, issues.size());
        assertEquals("actual_date", issues.get(0).field());
        assertEquals("Ist-Anschluss (24.12.2021) liegt vor Geplanter Anschluss (01.03.2022).", issues.get(0).message());
        assertTrue(DateOrder.inOrder(DateOrder.field("a", "A", LocalDate.of(2020, 1, 1)),
                DateOrder.field("b", "B", LocalDate.of(2020, 1, 1))).isEmpty());
    }
}
