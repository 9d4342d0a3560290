package de.netzatlas.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.app.StartupClock;
import de.netzatlas.common.Messages;
import de.netzatlas.store.DatabaseKey;
import de.netzatlas.store.DatabasePasswordException;
import de.netzatlas.store.StoreException;
import de.netzatlas.ui.common.FxBackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. The database is opened (and on first start seeded) in {@link #init()},
 * which runs before the FX thread shows anything; a database that cannot be opened produces a
 * German message box and exit code 4 instead of a stack trace.
 */
public final class NetzatlasApp extends Application {

    private static final System.Logger LOG = System.getLogger(NetzatlasApp.class.getName());

    private AppServices services;
    private StoreException openError;
    /** The planner chose Beenden in the password dialog: the application ends without a window. */
    private boolean cancelled;
    private FxBackgroundExecutor executor;

    public static void launch(Path databaseFile) {
        Application.launch(NetzatlasApp.class, "--db=" + databaseFile);
    }

    @Override
    public void init() {
        Path file = Path.of(Objects.requireNonNull(getParameters().getNamed().get("db"), "--db"));
        try {
            if (java.nio.file.Files.isRegularFile(file) && DatabaseKey.isEncrypted(file)) {
                services = openEncrypted(file);
                if (services == null) {
                    cancelled = true;
                    return;
                }
            } else {
                services = AppServices.open(file);
            }
            // init() runs on the launcher thread; from now on, database work on the FX thread
            // is logged with its call site (the TestFX suite makes it fail instead).
            services.database().refuseStatementsOn(t -> Platform.isFxApplicationThread(), false);
            services.basemaps().activateSaved().ifPresent(
                    reason -> LOG.log(System.Logger.Level.WARNING, "Grundkarte: {0}", reason));
        } catch (StoreException e) {
            openError = e;
        }
    }

    /**
     * An encrypted database: the password dialog is shown on the FX thread while this (launcher)
     * thread waits, and the database is opened here, never on the FX thread. A wrong password asks
     * again with the reason; Beenden returns null. Any other failure is thrown as usual.
     */
    private static AppServices openEncrypted(Path file) {
        Messages messages = Messages.fromSystem();
        String problem = null;
        // no window is showing yet: closing the dialog must not end the FX platform
        Platform.setImplicitExit(false);
        try {
            while (true) {
                char[] typed = askOnFxThread(file, messages, problem);
                if (typed == null) {
                    return null;
                }
                DatabaseKey key;
                try {
                    key = DatabaseKey.of(typed);
                } catch (StoreException e) {
                    problem = e.getMessage();
                    continue;
                } finally {
                    java.util.Arrays.fill(typed, '\0');
                }
                try (key) {
                    return AppServices.open(file, key);
                } catch (DatabasePasswordException e) {
                    if (e.reason() != DatabasePasswordException.Reason.WRONG) {
                        throw e;
                    }
                    problem = messages.format("password.wrong", file.toString());
                }
            }
        } finally {
            Platform.setImplicitExit(true);
        }
    }

    private static char[] askOnFxThread(Path file, Messages messages, String problem) {
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
        char[][] result = new char[1][];
        Platform.runLater(() -> {
            try {
                result[0] = PasswordDialog.ask(file, messages, problem).orElse(null);
            } finally {
                answered.countDown();
            }
        });
        try {
            answered.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return result[0];
    }

    @Override
    public void start(Stage stage) {
        if (cancelled) {
            Platform.exit();
            return;
        }
        Messages messages = Messages.fromSystem();
        if (openError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openError.getMessage(),
                    DataSourcesDialog.closeButton(messages));
            alert.setTitle("Netzatlas");
            alert.setHeaderText(messages.get("error.database.title"));
            alert.showAndWait();
            System.exit(ExitCodes.DATABASE);
            return;
        }
        executor = new FxBackgroundExecutor(failure -> showFailure(stage, messages, failure));
        MainViewModel viewModel = new MainViewModel(services, messages, executor);
        MainWindow window = new MainWindow(viewModel);
        WindowLayoutViewModel layout = viewModel.layout();
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().add(new Image(Objects.requireNonNull(
                NetzatlasApp.class.getResourceAsStream("/icons/netzatlas-256.png"))));
        stage.setMinWidth(WindowLayout.MIN_WIDTH);
        stage.setMinHeight(WindowLayout.MIN_HEIGHT);
        reportFirstFrame();
        // the remembered size (or, at first start, min(1440 × 900, 90 % of the screen)) before the window shows
        layout.load(remembered -> {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            double[] size = remembered.windowSize(screen.getWidth(), screen.getHeight());
            Scene scene = new Scene(window.root(), size[0], size[1]);
            scene.getStylesheets().add(Objects.requireNonNull(
                    NetzatlasApp.class.getResource("netzatlas.css")).toExternalForm());
            stage.setScene(scene);
            stage.setX(screen.getMinX() + (screen.getWidth() - size[0]) / 2);
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - size[1]) / 3));
            stage.setMaximized(remembered.maximized());
            stage.show();
            trackSize(stage, layout);
            window.start();
            showNotices(stage, messages);
        });
        executor.submit(messages.get("task.trimCache"), () -> services.basemaps().trimCache());
    }

    /** The window's normal size (not the maximised one) and whether it is maximised go to the layout. */
    private static void trackSize(Stage stage, WindowLayoutViewModel layout) {
        Runnable take = () -> {
            layout.maximizedProperty().set(stage.isMaximized());
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                // the scene's size, as the window is built with it (the frame comes on top)
                layout.windowWidthProperty().set(Math.round(stage.getScene().getWidth()));
                layout.windowHeightProperty().set(Math.round(stage.getScene().getHeight()));
            }
        };
        stage.getScene().widthProperty().addListener(o -> take.run());
        stage.getScene().heightProperty().addListener(o -> take.run());
        stage.maximizedProperty().addListener(o -> take.run());
        take.run();
        stage.setOnCloseRequest(e -> layout.save());
    }

    /** The error dialog for a background task whose screen has no place of its own for the failure. */
    private static void showFailure(Stage stage, Messages messages, TaskFailure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.message(), DataSourcesDialog.closeButton(messages));
        if (stage.isShowing()) {
            alert.initOwner(stage);
        }
        alert.setTitle("Netzatlas");
        alert.setHeaderText(messages.format("error.task.title", failure.what()));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.show();
    }

    /** What the open did that the planner must hear of (an interrupted migration or import undone). */
    private void showNotices(Stage stage, Messages messages) {
        List<String> notices = services.database().notices();
        if (notices.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n\n", notices),
                DataSourcesDialog.closeButton(messages));
        alert.initOwner(stage);
        alert.setTitle("Netzatlas");
        alert.setHeaderText(messages.get("notice.database.title"));
        alert.getDialogPane().setMinWidth(640);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Platform.runLater(alert::show);
    }

    /** Logs the time from JVM start to the first rendered pulse of the window. */
    private static void reportFirstFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                LOG.log(System.Logger.Level.INFO, "Erstes Fenster nach {0} ms", StartupClock.millisSinceJvmStart());
            }
        }.start();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
