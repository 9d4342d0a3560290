package de.netzatlas.ui.shell;

import de.netzatlas.ui.map.MapPane;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The main window's map keys, as a filter on its scene: Strg+0 shows the whole Land from any focus
 * (also from the search field, whose text field would otherwise swallow it); the arrows pan the map
 * by a quarter of its size and {@code +}/{@code -} (also on the numpad) zoom by one level, unless
 * the focus is in a text input or in a control that uses these keys itself (lists, trees, tables,
 * choices, sliders). The area editor's keys (Esc, Enter, Entf) are left alone.
 */
final class MapKeys implements EventHandler<KeyEvent> {

    static final double STEP = 0.25;
    private static final KeyCombination WHOLE_LAND = new KeyCodeCombination(KeyCode.DIGIT0,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination WHOLE_LAND_NUMPAD = new KeyCodeCombination(KeyCode.NUMPAD0,
            KeyCombination.SHORTCUT_DOWN);

    private final MapPane map;
    private final Runnable wholeLand;

    private MapKeys(MapPane map, Runnable wholeLand) {
        this.map = map;
        this.wholeLand = wholeLand;
    }

    /** Installs the keys on the scene {@code root} is (or will be) shown in. */
    static void install(Parent root, MapPane map, Runnable wholeLand) {
        MapKeys keys = new MapKeys(map, wholeLand);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    @Override
    public void handle(KeyEvent e) {
        if (WHOLE_LAND.match(e) || WHOLE_LAND_NUMPAD.match(e)) {
            e.consume();
            wholeLand.run();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || !map.isVisible()) {
            return;
        }
        Node focus = map.getScene() == null ? null : map.getScene().getFocusOwner();
        if (typesText(focus) || usesKeysItself(focus)) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> map.pan(-STEP, 0);
            case RIGHT, KP_RIGHT -> map.pan(STEP, 0);
            case UP, KP_UP -> map.pan(0, -STEP);
            case DOWN, KP_DOWN -> map.pan(0, STEP);
            case PLUS, ADD, EQUALS -> map.zoomBy(1);
            case MINUS, SUBTRACT -> map.zoomBy(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static boolean typesText(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof ComboBoxBase<?> box && box.isEditable()
                || focus instanceof Spinner<?> spinner && spinner.isEditable();
    }

    private static boolean usesKeysItself(Node focus) {
        return focus instanceof ListView<?> || focus instanceof TreeView<?> || focus instanceof TableView<?>
                || focus instanceof TreeTableView<?> || focus instanceof ComboBoxBase<?>
                || focus instanceof ChoiceBox<?> || focus instanceof Slider || focus instanceof Spinner<?>;
    }
}
