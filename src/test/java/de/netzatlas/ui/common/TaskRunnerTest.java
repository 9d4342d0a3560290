package de.netzatlas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The background-task contract, run synchronously as every view-model test runs it. */
class TaskRunnerTest {

    private final List<TaskFailure> sunk = new ArrayList<>();
    private final BackgroundExecutor executor = BackgroundExecutor.direct(sunk::add);

    @Test
    void successDeliversTheResultAndEndsTheTask() {
        AtomicReference<Integer> result = new AtomicReference<>();
        TaskHandle h = executor.submit("Zählen", p -> 42, result::set);
        assertEquals(42, result.get());
        assertFalse(h.runningProperty().get());
        assertFalse(h.cancelledProperty().get());
        assertTrue(sunk.isEmpty());
    }

    @Test
    void aFailureReachesTheHandlerInGermanWithItsCause() {
        AtomicReference<TaskFailure> failure = new AtomicReference<>();
        IOException cause = new NoSuchFileException("/daten/fehlt.csv");
        executor.submit("Datei lesen", p -> {
            throw cause;
        }, r -> { throw new AssertionError("kein Ergebnis erwartet"); }, failure::set);
        assertSame(cause, failure.get().cause());
        assertEquals("Datei lesen", failure.get().what());
        assertTrue(failure.get().message().contains("/daten/fehlt.csv"), failure.get().message());
        assertFalse(failure.get().message().contains("NoSuchFileException"), failure.get().message());
        assertTrue(sunk.isEmpty());
    }

    @Test
    void aFailureWithoutHandlerGoesToTheSinkNeverNowhere() {
        executor.submit("Speichern", p -> {
            throw new IllegalStateException("Das Projekt wurde inzwischen von jemand anderem geändert.");
        }, r -> { });
        assertEquals(1, sunk.size());
        assertEquals("Das Projekt wurde inzwischen von jemand anderem geändert.", sunk.get(0).message());
    }

    @Test
    void theDirectExecutorOfTestsFailsOnAnUnhandledFailure() {
        BackgroundExecutor strict = BackgroundExecutor.direct();
        assertThrows(AssertionError.class, () -> strict.submit("Laden", () -> {
            throw new IOException("weg");
        }));
    }

    @Test
    void progressAndMessageReachTheHandleAndCancelStopsTheWork() {
        List<Runnable> worker = new ArrayList<>();
        AtomicReference<Object> delivered = new AtomicReference<>();
        BackgroundExecutor queued = new TaskRunner(worker::add, Runnable::run, sunk::add);
        TaskHandle[] h = new TaskHandle[1];
        h[0] = queued.submit("Kacheln laden", p -> {
            for (int i = 1; i <= 10; i++) {
                p.update(i, 10);
                p.message("Kachel " + i);
                if (i == 4) {
                    h[0].cancel();
                }
                p.stopIfCancelled();
            }
            return "fertig";
        }, delivered::set);
        assertTrue(h[0].runningProperty().get(), "läuft, bis der Worker sie ausführt");
        worker.forEach(Runnable::run);
        assertNull(delivered.get(), "abgebrochen: kein Ergebnis");
        assertTrue(sunk.isEmpty(), "Abbruch ist kein Fehler");
        assertTrue(h[0].cancelledProperty().get());
        assertFalse(h[0].runningProperty().get());
        assertEquals(0.4, h[0].progressProperty().get(), 1e-9);
        assertEquals("Kachel 4", h[0].messageProperty().get());
    }

    @Test
    void unknownTotalShowsAnIndeterminateProgress() {
        TaskHandle h = executor.submit("Zählen", p -> {
            p.update(5, 10);
            p.update(5, 0);
            return null;
        }, r -> { });
        assertEquals(-1, h.progressProperty().get(), 1e-9);
    }
}
