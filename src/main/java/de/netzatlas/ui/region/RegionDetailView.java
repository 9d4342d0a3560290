package de.netzatlas.ui.region;

import de.netzatlas.common.Messages;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Right panel: the facts of the selected region. Only binds to {@link RegionDetailViewModel}. */
public final class RegionDetailView extends VBox {

    private final Label name = label("detailName", "detail-name");
    private final Label subtitle = label("detailSubtitle", "detail-subtitle");
    private final Label ags = label("detailAgs", "detail-value");
    private final Label type = label("detailType", "detail-value");
    private final Label parent = label("detailParent", "detail-value");
    private final Label verband = label("detailVerband", "detail-value");
    private final Label population = label("detailPopulation", "detail-value");
    private final Label populationStand = label("detailPopulationStand", "detail-note");
    private final Label area = label("detailArea", "detail-value");
    private final Label density = label("detailDensity", "detail-value");
    private final Label households = label("detailHouseholds", "detail-value");
    private final Label estimateBadge = label("detailHouseholdsEstimate", "badge-estimate");
    private final Label householdsNote = label("detailHouseholdsNote", "detail-note");
    private final Label children = label("detailChildren", "detail-value");
    private final Label parentKey = key("");

    public RegionDetailView(RegionDetailViewModel viewModel, Messages m) {
        getStyleClass().add("detail-panel");
        setSpacing(8);
        Label title = new Label(m.get("detail.title"));
        title.getStyleClass().add("panel-title");
        Label empty = new Label(m.get("detail.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("detail-note");
        name.setWrapText(true);
        subtitle.setWrapText(true);
        householdsNote.setWrapText(true);
        estimateBadge.setText(m.get("detail.households.estimated"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(60); // values wrap instead of pushing the grid wider than the panel
        grid.getColumnConstraints().addAll(keys, values);
        int row = 0;
        grid.addRow(row++, key(m.get("detail.ags")), ags);
        grid.addRow(row++, key(m.get("detail.type")), type);
        grid.addRow(row++, parentKey, parent);
        grid.addRow(row++, key(m.get("detail.verband")), verband);
        grid.addRow(row++, key(m.get("detail.population")), new VBox(2, population, populationStand));
        grid.addRow(row++, key(m.get("detail.area")), area);
        grid.addRow(row++, key(m.get("detail.density")), density);
        grid.addRow(row++, key(m.get("detail.households")), new VBox(2, households, estimateBadge));
        grid.addRow(row, key(m.get("detail.children")), children);
        for (Label value : new Label[] {ags, type, parent, verband, population, populationStand, area, density,
            households, children}) {
            value.setWrapText(true); // a long value wraps, never "Landkr…"
            value.setMinWidth(0);
            value.setMaxWidth(Double.MAX_VALUE);
        }

        VBox content = new VBox(8, name, subtitle, grid, householdsNote);
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        content.managedProperty().bind(content.visibleProperty());
        empty.visibleProperty().bind(viewModel.emptyProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(title, empty, content);

        viewModel.detailsProperty().addListener((obs, old, d) -> show(d));
    }

    private void show(RegionDetails d) {
        if (d == null) {
            return;
        }
        name.setText(d.name());
        subtitle.setText(d.subtitle());
        ags.setText(d.ags());
        type.setText(d.type());
        parentKey.setText(d.parentLabel());
        parent.setText(d.parent());
        verband.setText(d.verband());
        population.setText(d.population());
        populationStand.setText(d.populationStand());
        area.setText(d.area());
        density.setText(d.density());
        households.setText(d.households());
        estimateBadge.setVisible(d.householdsEstimated());
        estimateBadge.setManaged(d.householdsEstimated());
        householdsNote.setText(d.householdsNote());
        children.setText(d.children());
        for (Label value : new Label[] {name, subtitle, parent, verband, populationStand, householdsNote, children}) {
            String text = value.getText();
            value.setTooltip(text != null && text.length() > 28 ? new javafx.scene.control.Tooltip(text) : null);
        }
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-key");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
