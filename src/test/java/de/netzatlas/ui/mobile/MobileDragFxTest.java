package de.netzatlas.ui.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import de.netzatlas.app.AppServices;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.TileSources;
import de.netzatlas.mobile.FrequencyBand;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/** Drag a mobile site on the map of the real window; Ctrl+Z puts it back. Both audited. */
@ExtendWith(ApplicationExtension.class)
class MobileDragFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    private static final double LAT = 52.13153;
    private static final double LON = 11.62880;

    @TempDir
    static Path dir;
    static AppServices services;
    static MobileSite site;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("mobile-drag.mv.db"));
        site = services.mobile().sites().create(new MobileSite(UUID.randomUUID(), "FX-1", MobileOperator.VODAFONE,
                RadioTechnology.LTE, EnumSet.of(FrequencyBand.B800), new GeoPoint(LAT, LON), "15003000", 2.0, false,
                StatusHistory.of(MobileSiteStatus.IN_BETRIEB, LocalDate.of(2024, 1, 1)), null, null, null,
                LocalDate.of(2024, 1, 1), null, null, false, 0));
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        MainViewModel viewModel = guard.mainViewModel(services);
        window = guard.show(stage, viewModel);
        window.start();
    }

    private MobileSite stored() {
        return services.mobile().all().stream().filter(s -> s.id().equals(site.id())).findFirst().orElseThrow();
    }

    @Test
    void draggingASiteMovesItAuditedAndCtrlZPutsItBack(FxRobot robot) throws Exception {
        MobileViewModel vm = window.mobileScreen().viewModel();
        robot.interact(window::toggleMobile); // Mobilfunk → Standorte und Versorgung shows the site layer
        waitFor(() -> vm.all().size() == 1 && vm.figuresProperty().get() != null, "Standort und Versorgungszahlen geladen");
        double before = vm.figuresProperty().get().kreis("15003").orElseThrow().lteKm2();
        robot.interact(() -> {
            window.mapPane().mapView().setZoom(12);
            window.mapPane().mapView().setCenter(LAT, LON);
        });
        // the map settles (tiles, layer redraw) at its own pace: wait until the site is under its point
        waitFor(() -> onFx(robot, () -> {
            MapViewport now = window.mapPane().layerStack().viewport();
            return now != null && now.zoom() >= 11.5
                    && window.mapPane().pointDrag().draggableAt(now.x(LON), now.y(LAT)).isPresent();
        }), "Karte auf dem Standort");
        MapViewport v = onFx(robot, () -> window.mapPane().layerStack().viewport());
        assertNotNull(v);
        Point2D from = window.mapPane().mapView().localToScreen(v.x(LON), v.y(LAT));
        assertTrue(window.mapPane().pointDrag().draggableAt(v.x(LON), v.y(LAT)).isPresent(), "Standort unter dem Zeiger");

        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 8; i++) {
            robot.moveTo(from.add(10 * i, 0));
        }
        robot.release(MouseButton.PRIMARY);
        waitFor(() -> stored().location().lon() > LON + 0.01, "Standort verschoben");
        MobileSite moved = stored();
        assertEquals(LAT, moved.location().lat(), 0.002);
        assertEquals(2, moved.version());
        assertEquals(2, services.audit().history(services.database(), "mobile_site", site.id().toString()).size());
        waitFor(() -> vm.all().stream().anyMatch(s -> s.version() == 2), "Liste neu geladen");

        robot.interact(() -> window.mapPane().mapView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> Math.abs(stored().location().lon() - LON) < 1e-9, "Standort zurück");
        AuditEntry last = services.audit().history(services.database(), "mobile_site", site.id().toString()).get(2);
        assertEquals("Rückgängig: Mobilfunkstandort verschoben: FX-1", last.description());
        waitFor(() -> vm.all().stream().anyMatch(s -> s.version() == 3) && vm.figuresProperty().get() != null
                && Math.abs(vm.figuresProperty().get().kreis("15003").orElseThrow().lteKm2() - before) < 1e-6,
                "Versorgung wie vorher");
    }

    private static <T> T onFx(FxRobot robot, java.util.function.Supplier<T> read) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> value.set(read.get()));
        return value.get();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
