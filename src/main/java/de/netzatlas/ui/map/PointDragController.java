package de.netzatlas.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.gluonhq.maps.MapView;

import de.netzatlas.map.MapViewport;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.LayerManager;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Moving a point feature by dragging it on the map, for any layer whose owner registers a
 * {@link DropHandler} (mobile sites today; schools and ITN-XT sites can register theirs the same
 * way). Pressing on a feature of a registered, visible layer starts the drag instead of panning; a
 * ring follows the cursor; releasing hands the new position to the handler, which saves it
 * (audited, undoable). A press that does not move, or Escape-like release on the same pixel, is a
 * plain click. FX thread only.
 */
public final class PointDragController {

    /** Receives the drop of a dragged feature (FX thread); the handler saves it off the FX thread. */
    public interface DropHandler {
        void dropped(String featureId, double lat, double lon);
    }

    static final double TOLERANCE = 6;
    private static final double START_DISTANCE = 3;

    private final MapView map;
    private final LayerManager layers;
    private final Supplier<MapViewport> viewport;
    private final Map<String, DropHandler> handlers = new LinkedHashMap<>();
    private final Circle ghost = new Circle(9, Color.TRANSPARENT);
    private FeatureHit pressed;
    private double pressX;
    private double pressY;
    private boolean dragging;

    PointDragController(MapView map, Pane overlay, LayerManager layers, Supplier<MapViewport> viewport) {
        this.map = map;
        this.layers = layers;
        this.viewport = viewport;
        ghost.setStroke(Color.web("#d7191c"));
        ghost.setStrokeWidth(2.5);
        ghost.getStrokeDashArray().setAll(4.0, 3.0);
        ghost.setVisible(false);
        ghost.setMouseTransparent(true);
        overlay.getChildren().add(ghost);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** Features of layer {@code layerId} may be dragged; drops go to {@code handler}. */
    public void register(String layerId, DropHandler handler) {
        handlers.put(layerId, handler);
    }

    /** The draggable feature under the pixel, topmost registered layer first. */
    public Optional<FeatureHit> draggableAt(double x, double y) {
        MapViewport v = viewport.get();
        if (v == null) {
            return Optional.empty();
        }
        var all = layers.layers();
        for (int i = all.size() - 1; i >= 0; i--) {
            FeatureLayer layer = all.get(i);
            if (handlers.containsKey(layer.id()) && layer.isVisible()) {
                Optional<FeatureHit> hit = layer.hit(v, x, y, TOLERANCE);
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    private void pressed(MouseEvent e) {
        pressed = null;
        dragging = false;
        if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown()) {
            return;
        }
        pressed = draggableAt(e.getX(), e.getY()).orElse(null);
        if (pressed != null) {
            pressX = e.getX();
            pressY = e.getY();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= START_DISTANCE) {
            dragging = true;
            ghost.setVisible(true);
            map.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            ghost.setCenterX(e.getX());
            ghost.setCenterY(e.getY());
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        FeatureHit hit = pressed;
        pressed = null;
        ghost.setVisible(false);
        map.setCursor(Cursor.DEFAULT);
        if (!dragging) {
            return; // a click: MapPane's click handler selects the feature
        }
        dragging = false;
        e.consume();
        MapViewport v = viewport.get();
        DropHandler handler = handlers.get(hit.layerId());
        if (v != null && handler != null) {
            handler.dropped(hit.featureId(), v.lat(e.getY()), v.lon(e.getX()));
        }
    }

    boolean isDragging() {
        return dragging;
    }
}
