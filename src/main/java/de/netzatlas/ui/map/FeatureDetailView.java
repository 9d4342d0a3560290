package de.netzatlas.ui.map;

import de.netzatlas.common.Messages;
import de.netzatlas.map.layer.FeatureHit;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Side-panel section for features selected on the map (a click on a point, a rubber band): one
 * feature with its details, or the count and names of several. Hidden while nothing is selected.
 */
public final class FeatureDetailView extends VBox {

    private static final int MAX_LISTED = 12;
    private final Messages m;
    private final Label title = new Label();
    private final Label name = new Label();
    private final Label layer = new Label();
    private final VBox lines = new VBox(3);

    public FeatureDetailView(MapLayersViewModel viewModel, Messages messages) {
        this.m = messages;
        setId("featureDetail");
        getStyleClass().add("feature-detail");
        setSpacing(6);
        title.getStyleClass().add("panel-title");
        name.setId("featureName");
        name.getStyleClass().add("feature-name");
        name.setWrapText(true);
        layer.setId("featureLayer");
        layer.getStyleClass().add("detail-subtitle");
        layer.setWrapText(true);
        getChildren().addAll(title, name, layer, lines);
        viewModel.selected().addListener((ListChangeListener<FeatureHit>) c -> show(viewModel));
        show(viewModel);
    }

    private void show(MapLayersViewModel viewModel) {
        var hits = viewModel.selected();
        setVisible(!hits.isEmpty());
        setManaged(!hits.isEmpty());
        lines.getChildren().clear();
        if (hits.isEmpty()) {
            return;
        }
        if (hits.size() == 1) {
            FeatureHit h = hits.get(0);
            title.setText(m.get("feature.title"));
            name.setText(h.label());
            layer.setText(h.layerTitle());
            h.details().forEach(d -> lines.getChildren().add(value(d)));
        } else {
            title.setText(m.get("feature.title.many"));
            name.setText(m.format("feature.count", hits.size()));
            layer.setText("");
            hits.stream().limit(MAX_LISTED).forEach(h -> lines.getChildren().add(value(h.label() + " · " + h.layerTitle())));
            if (hits.size() > MAX_LISTED) {
                lines.getChildren().add(value(m.format("feature.more", hits.size() - MAX_LISTED)));
            }
        }
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-value");
        l.setWrapText(true);
        if (text.length() > 40) {
            l.setTooltip(new javafx.scene.control.Tooltip(text));
        }
        return l;
    }
}
