package de.netzatlas.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A bar of filters and buttons that wraps onto a further row when the window is too narrow, so no
 * button is ever cut off or pushed out of reach (a laptop at 1024 px, a list below a narrow map).
 * Every child keeps its preferred width; a search field gets a sensible one.
 */
public final class WrappingBar extends FlowPane {

    public WrappingBar(Node... children) {
        super(8, 4, children);
        getStyleClass().add("wrapping-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 6, 4, 6));
        for (Node child : children) {
            if (child instanceof TextField field && field.getPrefColumnCount() == TextField.DEFAULT_PREF_COLUMN_COUNT) {
                field.setPrefColumnCount(16);
            }
            if (child instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
