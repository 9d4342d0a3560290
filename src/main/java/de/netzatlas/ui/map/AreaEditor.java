package de.netzatlas.ui.map;

import java.util.List;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import com.gluonhq.maps.MapView;

import de.netzatlas.common.Messages;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.edit.DraftLayer;
import de.netzatlas.map.edit.PolygonDraft;
import de.netzatlas.map.layer.LayerStack;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The drawing mode for a project area on the map. Click adds a vertex, double-click or Enter (or a
 * click on the first vertex) closes the polygon, a further click starts the next one; dragging a
 * vertex moves it, right-click or Del deletes the vertex under the cursor (Backspace the last one
 * set); Esc cancels. "Übernehmen" checks the area with JTS and hands it back, or names the problem.
 * Vertices may snap to Gemeinde borders. Mouse filters consume only what the editor uses, so the
 * map still pans by dragging elsewhere and zooms with the wheel.
 */
public final class AreaEditor {

    static final double VERTEX_TOLERANCE = 8;
    static final double SNAP_TOLERANCE = 10;

    private final MapView map;
    private final LayerStack layers;
    private final DraftLayer draftLayer = new DraftLayer();
    private final VBox toolbar;
    private final Label error = new Label();
    private final CheckBox snap;
    private final Messages m;
    private PolygonDraft draft;
    private List<Geometry> snapTargets = List.of();
    private Consumer<Geometry> onDone;
    private Runnable onCancel;
    private PolygonDraft.Vertex dragging;
    private PolygonDraft.Vertex pressedOn;
    private PolygonDraft.Vertex hot;
    private Coordinate cursor;
    private final EventHandler<KeyEvent> keys = this::key;

    AreaEditor(MapView map, LayerStack layers, StackPane host, Messages messages) {
        this.map = map;
        this.layers = layers;
        this.m = messages;
        map.addLayer(draftLayer);
        Label title = new Label(m.get("areaEditor.title"));
        title.getStyleClass().add("pane-title");
        Label help = new Label(m.get("areaEditor.help"));
        help.setWrapText(true);
        error.setId("areaEditorError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        snap = new CheckBox(m.get("areaEditor.snap"));
        snap.setId("areaEditorSnap");
        Button apply = new Button(m.get("areaEditor.apply"));
        apply.setId("areaEditorApply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        Button cancel = new Button(m.get("areaEditor.cancel"));
        cancel.setId("areaEditorCancel");
        cancel.setOnAction(e -> cancel());
        HBox buttons = new HBox(8, snap, new javafx.scene.layout.Region(), apply, cancel);
        HBox.setHgrow(buttons.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        toolbar = new VBox(4, title, help, error, buttons);
        toolbar.setId("areaEditor");
        toolbar.getStyleClass().add("area-editor");
        toolbar.setPadding(new Insets(8, 10, 8, 10));
        toolbar.setMaxSize(520, javafx.scene.layout.Region.USE_PREF_SIZE);
        toolbar.setVisible(false);
        StackPane.setAlignment(toolbar, Pos.TOP_CENTER);
        StackPane.setMargin(toolbar, new Insets(10, 10, 0, 300));
        host.getChildren().add(toolbar);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
    }

    /**
     * Starts drawing from {@code initial} (null for a new area); {@code done} gets the valid area,
     * {@code cancelled} runs on Esc or "Abbrechen". {@code borders} are the snap targets.
     */
    public void start(Geometry initial, List<Geometry> borders, Consumer<Geometry> done, Runnable cancelled) {
        draft = PolygonDraft.of(initial);
        snapTargets = List.copyOf(borders);
        snap.setSelected(!borders.isEmpty());
        snap.setDisable(borders.isEmpty());
        onDone = done;
        onCancel = cancelled;
        error.setText("");
        toolbar.setVisible(true);
        map.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        map.setCursor(Cursor.CROSSHAIR);
        map.requestFocus();
        redraw();
    }

    public boolean isActive() {
        return draft != null;
    }

    /** The draft being drawn (for tests and the status line); null when not drawing. */
    public PolygonDraft draft() {
        return draft;
    }

    void apply() {
        if (draft == null) {
            return;
        }
        PolygonDraft.Result result = draft.result();
        if (!result.ok()) {
            error.setText(result.error());
            return;
        }
        Consumer<Geometry> done = onDone;
        stop();
        done.accept(result.area());
    }

    void cancel() {
        if (draft == null) {
            return;
        }
        Runnable cancelled = onCancel;
        stop();
        cancelled.run();
    }

    private void stop() {
        draft = null;
        dragging = null;
        pressedOn = null;
        hot = null;
        toolbar.setVisible(false);
        if (map.getScene() != null) {
            map.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        map.setCursor(Cursor.DEFAULT);
        draftLayer.show(null, null, null);
    }

    private void redraw() {
        draftLayer.show(draft, hot, cursor);
    }

    private PolygonDraft.Vertex vertexAt(MouseEvent e) {
        MapViewport v = layers.viewport();
        return v == null ? null : draft.vertexAt(v, e.getX(), e.getY(), VERTEX_TOLERANCE).orElse(null);
    }

    private Coordinate at(double x, double y) {
        MapViewport v = layers.viewport();
        if (v == null) {
            return null;
        }
        return snap.isSelected() ? PolygonDraft.snap(v, x, y, snapTargets, SNAP_TOLERANCE)
                : new Coordinate(v.lon(x), v.lat(y));
    }

    private void pressed(MouseEvent e) {
        if (draft == null) {
            return;
        }
        pressedOn = vertexAt(e);
        if (pressedOn != null && e.getButton() == MouseButton.SECONDARY) {
            draft.delete(pressedOn);
            pressedOn = null;
            hot = null;
            error.setText("");
            redraw();
            e.consume();
        } else if (pressedOn != null && e.getButton() == MouseButton.PRIMARY) {
            dragging = pressedOn;
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (draft == null || dragging == null) {
            return;
        }
        Coordinate c = at(e.getX(), e.getY());
        if (c != null) {
            draft.move(dragging, c.x, c.y);
            error.setText("");
            redraw();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (draft != null && dragging != null) {
            dragging = null;
            e.consume();
        }
    }

    private void clicked(MouseEvent e) {
        if (draft == null) {
            return;
        }
        e.consume();
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        PolygonDraft.Vertex on = pressedOn;
        pressedOn = null;
        error.setText("");
        if (e.getClickCount() >= 2) {
            closeOpen();
        } else if (on != null && on.ring() == draft.closedCount() && on.index() == 0
                && draft.openRing().size() >= 3) {
            closeOpen();
        } else if (on == null) {
            Coordinate c = at(e.getX(), e.getY());
            if (c != null) {
                draft.add(c.x, c.y);
            }
        }
        redraw();
    }

    private void closeOpen() {
        if (!draft.openRing().isEmpty() && !draft.close()) {
            error.setText(m.get("areaEditor.tooFew"));
        }
    }

    private void moved(MouseEvent e) {
        if (draft == null) {
            return;
        }
        MapViewport v = layers.viewport();
        cursor = v == null ? null : at(e.getX(), e.getY());
        hot = vertexAt(e);
        map.setCursor(hot != null ? Cursor.MOVE : Cursor.CROSSHAIR);
        redraw();
    }

    private void key(KeyEvent e) {
        if (draft == null || map.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            cancel();
        } else if (code == KeyCode.ENTER) {
            if (draft.openRing().isEmpty()) {
                apply();
            } else {
                closeOpen();
                redraw();
            }
        } else if (code == KeyCode.DELETE && hot != null) {
            draft.delete(hot);
            hot = null;
            redraw();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            draft.deleteLastOpen();
            redraw();
        } else {
            return;
        }
        e.consume();
    }
}
