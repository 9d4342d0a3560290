package de.netzatlas.ui.region;

import de.netzatlas.common.Messages;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Detail panel section "Glasfaser-Versorgung": one column per region (selected, its Kreis, the
 * Land), one row per indicator with the value and, below it, the change in percentage points.
 * Hidden while nothing is selected or no coverage stand exists.
 */
public final class CoverageDetailView extends VBox {

    private final Messages m;
    private final Label stand = new Label();
    private final Label compared = new Label();
    private final GridPane grid = new GridPane();

    public CoverageDetailView(CoverageDetailViewModel viewModel, Messages messages) {
        this.m = messages;
        setId("coverageDetail");
        getStyleClass().add("coverage-detail");
        setSpacing(6);
        Label title = new Label(m.get("coverage.detail.title"));
        title.getStyleClass().add("panel-title");
        stand.setId("coverageDetailStand");
        stand.getStyleClass().add("detail-subtitle");
        stand.setWrapText(true);
        compared.setId("coverageDetailCompared");
        compared.getStyleClass().add("detail-note");
        compared.setWrapText(true);
        grid.setId("coverageDetailGrid");
        grid.setHgap(6);
        grid.setVgap(4);
        getChildren().addAll(title, stand, grid, compared);
        viewModel.detailsProperty().addListener((o, old, d) -> show(d));
        show(viewModel.detailsProperty().get());
    }

    private void show(CoverageDetails d) {
        setVisible(d != null);
        setManaged(d != null);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (d == null) {
            return;
        }
        stand.setText(d.stand());
        compared.setText(d.comparedWith());
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHgrow(Priority.ALWAYS);
        keys.setMinWidth(64);
        grid.getColumnConstraints().add(keys);
        for (int c = 0; c < d.columns().size(); c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(col);
            Label header = label(d.columns().get(c), "coverageHeader-" + c, "detail-key");
            header.setTooltip(new javafx.scene.control.Tooltip(d.names().get(c)));
            grid.add(header, c + 1, 0);
            grid.add(label(d.households().get(c), "coverageHouseholds-" + c, "detail-value"), c + 1, 1);
        }
        Label householdsKey = key(m.get("detail.households"));
        householdsKey.setMinWidth(Label.USE_PREF_SIZE); // one word: never broken inside
        grid.add(householdsKey, 0, 1);
        int row = 2;
        for (CoverageDetails.Line line : d.lines()) {
            Label key = key(line.label());
            key.setWrapText(true);
            key.setTooltip(new javafx.scene.control.Tooltip(m.get("fibre.indicator." + line.indicator().key())));
            grid.add(key, 0, row);
            for (int c = 0; c < d.columns().size(); c++) {
                String suffix = line.indicator().key() + "-" + c;
                Label value = label(line.values().get(c), "coverageValue-" + suffix, "detail-value");
                Label change = label(line.changes().get(c), "coverageChange-" + suffix, "detail-note");
                VBox cell = new VBox(0, value, change);
                cell.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
                grid.add(cell, c + 1, row);
            }
            row++;
        }
    }

    private static Label label(String text, String id, String style) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-key");
        return l;
    }
}
