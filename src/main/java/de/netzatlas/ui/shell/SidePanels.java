package de.netzatlas.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The main split (navigator and layers | map | details) with collapsible side panels: a panel
 * hidden by its toggle button, the Ansicht menu or its shortcut leaves the split, and comes back
 * with the width it had. Widths and the inner dividers follow the {@link WindowLayoutViewModel},
 * in both directions; the panels keep their width in pixels when the window is resized.
 */
final class SidePanels {

    private final SplitPane split;
    private final Region left;
    private final Region centre;
    private final Region right;
    private final WindowLayoutViewModel layout;
    private boolean applying;

    SidePanels(SplitPane split, Region left, Region centre, Region right, WindowLayoutViewModel layout) {
        this.split = split;
        this.left = left;
        this.centre = centre;
        this.right = right;
        this.layout = layout;
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        rebuild();
        layout.leftShownProperty().addListener(o -> rebuild());
        layout.rightShownProperty().addListener(o -> rebuild());
        layout.loadedProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                applyWidths();
            }
        });
        split.widthProperty().addListener((o, old, w) -> {
            if (old.doubleValue() <= 0 && w.doubleValue() > 0) {
                applyWidths(); // the first layout: the remembered (or default) widths, not 50 : 50
            }
        });
        left.widthProperty().addListener((o, old, w) -> record(left, layout.leftWidthProperty(), w.doubleValue()));
        right.widthProperty().addListener((o, old, w) -> record(right, layout.rightWidthProperty(), w.doubleValue()));
    }

    private void record(Region panel, javafx.beans.property.DoubleProperty width, double w) {
        if (!applying && layout.loadedProperty().get() && w > 0 && split.getItems().contains(panel)
                && split.getWidth() > panel.minWidth(-1)) {
            width.set(Math.round(w));
        }
    }

    private void rebuild() {
        applying = true;
        try {
            split.getItems().clear();
            if (layout.leftShownProperty().get()) {
                split.getItems().add(left);
            }
            split.getItems().add(centre);
            if (layout.rightShownProperty().get()) {
                split.getItems().add(right);
            }
        } finally {
            applying = false;
        }
        applyWidths();
    }

    /** Divider positions from the panels' widths in pixels. */
    private void applyWidths() {
        double total = split.getWidth();
        if (total <= 0) {
            return;
        }
        boolean l = split.getItems().contains(left);
        boolean r = split.getItems().contains(right);
        double lw = Math.max(layout.leftWidthProperty().get(), left.minWidth(-1)) / total;
        double rw = Math.max(layout.rightWidthProperty().get(), right.minWidth(-1)) / total;
        applying = true;
        try {
            if (l && r) {
                split.setDividerPositions(Math.min(lw, 0.45), Math.max(1 - rw, 0.55));
            } else if (l) {
                split.setDividerPositions(Math.min(lw, 0.6));
            } else if (r) {
                split.setDividerPositions(Math.max(1 - rw, 0.4));
            }
        } finally {
            applying = false;
        }
    }

    /** Keeps {@code pane}'s first divider and the layout's {@code position} in step (dividers come and go with the panes). */
    static void bindDivider(SplitPane pane, javafx.beans.property.DoubleProperty position,
                            javafx.beans.value.ObservableBooleanValue loaded) {
        java.util.function.Consumer<SplitPane.Divider> watch = d -> d.positionProperty().addListener((o, old, p) -> {
            if (loaded.get() && pane.getDividers().indexOf(d) == 0 && pane.getHeight() > 0) {
                position.set(Math.round(p.doubleValue() * 1000) / 1000.0);
            }
        });
        pane.getDividers().forEach(watch);
        pane.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(watch);
            }
        });
        loaded.addListener((o, was, now) -> {
            if (now && !pane.getDividers().isEmpty()) {
                pane.getDividers().get(0).setPosition(position.get());
            }
        });
    }

    /** The small button at a side of the map that hides or shows a panel ("‹"/"›", with its name for screen readers). */
    static Button toggle(String id, javafx.beans.property.BooleanProperty shown, boolean leftSide, String hide,
                         String show, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("panel-toggle");
        b.textProperty().bind(Bindings.when(shown).then(leftSide ? "‹" : "›").otherwise(leftSide ? "›" : "‹"));
        b.accessibleTextProperty().bind(Bindings.when(shown).then(hide).otherwise(show));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(b.accessibleTextProperty());
        b.setTooltip(tip);
        b.setFocusTraversable(true);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
