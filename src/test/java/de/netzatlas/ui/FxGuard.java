package de.netzatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.store.Database;
import de.netzatlas.ui.common.FxBackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

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

    /** The window's view model on {@code services} (German), with the guard on its database and executor. */
    public MainViewModel mainViewModel(AppServices services) {
        watch(services.database());
        return new MainViewModel(services, new Messages(Locale.GERMAN), executor());
    }

    /** The main window of {@code viewModel} shown at 1280 × 800 on {@code stage} (not yet started). */
    public MainWindow show(Stage stage, MainViewModel viewModel) {
        MainWindow window = new MainWindow(viewModel);
        stage.setMaximized(false);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.sizeToScene(); // the shared test stage may keep the size an earlier test gave it
        stage.show();
        return window;
    }

    /**
     * The main window of {@code viewModel} shown on {@code stage} with a scene of {@code width × height}
     * and the application's style sheet, as on a planner's screen (not yet started). On the FX thread.
     */
    public MainWindow show(Stage stage, MainViewModel viewModel, double width, double height) {
        MainWindow window = new MainWindow(viewModel);
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(java.util.Objects.requireNonNull(
                MainWindow.class.getResource("netzatlas.css")).toExternalForm());
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return window;
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
