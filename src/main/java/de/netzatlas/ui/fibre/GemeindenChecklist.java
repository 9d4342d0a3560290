package de.netzatlas.ui.fibre;

import java.util.HashMap;
import java.util.Map;

import de.netzatlas.region.Region;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;

/**
 * The Gemeinden of the chosen Kreis as a check list, kept in step both ways with the form's list of
 * chosen AGS (which may also change from the view model, e.g. when the Kreis changes).
 */
final class GemeindenChecklist extends ListView<Region> {

    private final ObservableList<String> chosen;
    private final Map<String, BooleanProperty> checked = new HashMap<>();
    private boolean syncing;

    GemeindenChecklist(ObservableList<Region> gemeindenOfKreis, ObservableList<String> chosen, String placeholder) {
        super(gemeindenOfKreis);
        this.chosen = chosen;
        setId("formGemeinden");
        setPrefHeight(112);
        setPlaceholder(new Label(placeholder));
        chosen.addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    checked.forEach((ags, p) -> p.set(chosen.contains(ags)));
                } finally {
                    syncing = false;
                }
            }
        });
        setCellFactory(CheckBoxListCell.forListView(this::state, new StringConverter<>() {
            @Override
            public String toString(Region r) {
                return r == null ? "" : r.name();
            }

            @Override
            public Region fromString(String s) {
                return null;
            }
        }));
    }

    private BooleanProperty state(Region r) {
        return checked.computeIfAbsent(r.ags(), ags -> {
            BooleanProperty p = new SimpleBooleanProperty(chosen.contains(ags));
            p.addListener((o, was, on) -> {
                if (syncing) {
                    return;
                }
                syncing = true;
                try {
                    if (on && !chosen.contains(ags)) {
                        chosen.add(ags);
                    } else if (!on) {
                        chosen.remove(ags);
                    }
                } finally {
                    syncing = false;
                }
            });
            return p;
        });
    }
}
