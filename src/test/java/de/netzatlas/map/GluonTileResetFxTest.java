package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.gluonhq.maps.MapView;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Panning and zooming for a while leaves Gluon holding about the shown tiles, not every tile it ever loaded. */
@ExtendWith(ApplicationExtension.class)
class GluonTileResetFxTest {

    private MapView map;

    @Start
    void start(Stage stage) {
        map = new MapView();
        map.setZoom(8);
        map.setCenter(52.0, 11.7);
        GluonTileReset.keepBounded(map);
        stage.setScene(new Scene(new StackPane(map), 800, 600));
        stage.show();
    }

    @Test
    void tilesNoLongerShownAreDropped(FxRobot robot) throws Exception {
        int maxHeld = 0;
        for (int i = 0; i < 60; i++) {
            int step = i;
            robot.interact(() -> {
                map.setZoom(8 + step % 5);
                map.setCenter(51.0 + (step % 10) * 0.2, 10.7 + (step / 10) * 0.4);
            });
            WaitForAsyncUtils.waitForFxEvents();
            int[] counts = WaitForAsyncUtils.asyncFx(this::counts).get(10, java.util.concurrent.TimeUnit.SECONDS);
            maxHeld = Math.max(maxHeld, counts[0]);
            assertTrue(counts[0] <= 2 * counts[1] + 64,
                    "held " + counts[0] + " tiles for " + counts[1] + " shown (step " + i + ")");
        }
        assertTrue(maxHeld > 0, "tiles were loaded at all");
    }

    /** {held by Gluon, shown}. */
    private int[] counts() throws Exception {
        Field baseMapField = MapView.class.getDeclaredField("baseMap");
        baseMapField.setAccessible(true);
        Group baseMap = (Group) baseMapField.get(map);
        Field tilesField = baseMap.getClass().getDeclaredField("tiles");
        tilesField.setAccessible(true);
        int held = 0;
        for (Map<?, ?> level : (Map<?, ?>[]) tilesField.get(baseMap)) {
            held += level.size();
        }
        return new int[] {held, baseMap.getChildren().size()};
    }
}
