package de.netzatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import de.netzatlas.store.Database;
import de.netzatlas.ui.common.FxBackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import javafx.application.Platform;

/**
 * What every TestFX test runs with: the FX-thread guard on the database (a statement on the FX
 * thread is refused and recorded, also where the exception dies inside an event handler) and
 * executors whose unhandled failures are recorded instead of shown. After each test both lists
 * must be empty. Register with {@code @RegisterExtension final FxGuard guard = new FxGuard();}.
 */
public final class FxGuard implements AfterEachCallback {

    private final List<TaskFailure> failures = new CopyOnWriteArrayList<>();
    private final Map<Database, Integer> watched = new ConcurrentHashMap<>();
    private final List<FxBackgroundExecutor> executors = new CopyOnWriteArrayList<>();

    /** Switches the guard on for {@code database}; returns it. */
    public Database watch(Database database) {
        database.refuseStatementsOn(t -> Platform.isFxApplicationThread(), true);
        watched.putIfAbsent(database, database.statementsOnForbiddenThread().size());
        return database;
    }

    /** An application executor whose unhandled failures fail the test. */
    public FxBackgroundExecutor executor() {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(failures::add);
        executors.add(executor);
        return executor;
    }

    /** Failures no screen handled so far (for tests that provoke one on purpose). */
    public List<TaskFailure> unhandledFailures() {
        return List.copyOf(failures);
    }

    /** Forgets the failures a test provoked on purpose and has checked. */
    public void acknowledgeFailures() {
        failures.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> calls = new ArrayList<>();
        watched.forEach((d, before) -> {
            List<String> all = d.statementsOnForbiddenThread();
            calls.addAll(all.subList(Math.min(before, all.size()), all.size()));
        });
        List<String> unhandled = failures.stream().map(f -> f.what() + ": " + f.message()).toList();
        executors.forEach(FxBackgroundExecutor::close);
        assertEquals(List.of(), calls, "Datenbankzugriffe auf dem FX-Thread");
        assertEquals(List.of(), unhandled, "Fehler, die keine Oberfläche gezeigt hat");
    }
}
