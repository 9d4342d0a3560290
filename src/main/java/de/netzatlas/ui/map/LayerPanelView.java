package de.netzatlas.ui.map;

import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.FxMapPainter;
import de.netzatlas.map.layer.LayerManager;
import de.netzatlas.map.layer.LegendEntry;
import de.netzatlas.map.layer.LegendPainter;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layer panel: one row per feature layer, topmost first, with visibility, opacity, order
 * buttons and the layer's legend. Rebuilt when the layer list changes; every action goes through
 * {@link MapLayersViewModel}, which also remembers the state.
 */
public final class LayerPanelView extends VBox {

    private final MapLayersViewModel viewModel;
    private final Messages m;
    private final VBox rows = new VBox(10);

    public LayerPanelView(MapLayersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.m = messages;
        setId("layerPanel");
        getStyleClass().add("layer-panel");
        setSpacing(6);
        Label title = new Label(m.get("layers.title"));
        title.getStyleClass().add("panel-title");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("layer-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        viewModel.manager().addListener((change, layer) -> {
            if (change == LayerManager.Change.LAYERS) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        List<FeatureLayer> layers = viewModel.manager().layers();
        rows.getChildren().clear();
        for (int i = layers.size() - 1; i >= 0; i--) {
            rows.getChildren().add(row(layers.get(i), i, layers.size()));
        }
    }

    private VBox row(FeatureLayer layer, int index, int count) {
        CheckBox visible = new CheckBox(layer.title());
        visible.setId("layerVisible-" + layer.id());
        visible.getStyleClass().add("layer-title");
        visible.setSelected(layer.isVisible());
        visible.setOnAction(e -> viewModel.setVisible(layer, visible.isSelected()));
        visible.setMaxWidth(Double.MAX_VALUE);
        visible.setWrapText(true);
        HBox.setHgrow(visible, Priority.ALWAYS);

        Button up = new Button("▲");
        up.setId("layerUp-" + layer.id());
        up.setTooltip(new Tooltip(m.get("layers.up")));
        up.setDisable(index == count - 1);
        up.setOnAction(e -> viewModel.move(layer, +1));
        Button down = new Button("▼");
        down.setId("layerDown-" + layer.id());
        down.setTooltip(new Tooltip(m.get("layers.down")));
        down.setDisable(index == 0);
        down.setOnAction(e -> viewModel.move(layer, -1));
        up.getStyleClass().add("layer-order");
        down.getStyleClass().add("layer-order");
        HBox header = new HBox(4, visible, up, down);
        header.setAlignment(Pos.CENTER_LEFT);

        Slider opacity = new Slider(0.1, 1, layer.opacity());
        opacity.setId("layerOpacity-" + layer.id());
        opacity.setTooltip(new Tooltip(m.get("layers.opacity")));
        opacity.valueProperty().addListener((obs, old, v) -> layer.setOpacity(v.doubleValue()));
        opacity.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                viewModel.saveState();
            }
        });
        opacity.setOnMouseReleased(e -> viewModel.saveState());
        Label opacityLabel = new Label(m.get("layers.opacity"));
        opacityLabel.getStyleClass().add("detail-key");
        HBox opacityRow = new HBox(6, opacityLabel, opacity);
        opacityRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(opacity, Priority.ALWAYS);

        VBox legend = new VBox(2);
        legend.getStyleClass().add("layer-legend");
        for (LegendEntry entry : layer.legend()) {
            Canvas swatch = new Canvas(18, 14);
            LegendPainter.swatch(new FxMapPainter(swatch.getGraphicsContext2D(), 1), entry, 1, 0);
            Label label = new Label(entry.label(), swatch);
            label.getStyleClass().add("legend-label");
            legend.getChildren().add(label);
        }
        if (!layer.legendNote().isEmpty()) {
            Label note = new Label(layer.legendNote());
            note.getStyleClass().add("detail-note");
            note.setWrapText(true);
            legend.getChildren().add(note);
        }
        legend.managedProperty().bind(visible.selectedProperty());
        legend.visibleProperty().bind(visible.selectedProperty());
        opacityRow.managedProperty().bind(visible.selectedProperty());
        opacityRow.visibleProperty().bind(visible.selectedProperty());
        VBox row = new VBox(4, header, opacityRow, legend);
        row.getStyleClass().add("layer-row");
        row.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }
}
