package de.netzatlas.ui.region;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageIndicator;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.region.RegionLevel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import de.netzatlas.ui.common.WrappingBar;
import javafx.util.StringConverter;

/**
 * The small bar above the map for the coverage layer: indicator, stand and level (Gemeinden or
 * Kreise), a "Demodaten" badge for demo stands, and a hint when there is no coverage data yet.
 * Binds to {@link CoverageMapViewModel} only.
 */
public final class CoverageToolbar extends VBox {

    public CoverageToolbar(CoverageMapViewModel viewModel, Messages m) {
        setId("coverageToolbar");
        getStyleClass().add("coverage-toolbar");
        setSpacing(2);
        setPadding(new Insets(0, 2, 0, 2));

        Label title = new Label(m.get("coverage.toolbar.title"));
        title.getStyleClass().add("coverage-toolbar-title");

        ComboBox<CoverageIndicator> indicator = new ComboBox<>();
        indicator.setId("coverageIndicator");
        indicator.getItems().setAll(CoverageIndicator.values());
        indicator.setConverter(converter(i -> m.get("fibre.indicator." + i.key())));
        indicator.valueProperty().bindBidirectional(viewModel.indicatorProperty());
        indicator.setTooltip(new Tooltip(m.get("coverage.toolbar.indicator")));

        ComboBox<CoverageStand> stand = new ComboBox<>(viewModel.stands());
        stand.setId("coverageStand");
        stand.setConverter(converter(CoverageStand::label));
        stand.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CoverageStand item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.date().format(CoverageStand.GERMAN_DATE));
            }
        });
        stand.valueProperty().bindBidirectional(viewModel.standProperty());
        stand.setTooltip(new Tooltip(m.get("coverage.toolbar.stand")));

        ComboBox<RegionLevel> level = new ComboBox<>();
        level.setId("coverageLevel");
        level.getItems().setAll(RegionLevel.GEMEINDE, RegionLevel.KREIS);
        level.setConverter(converter(l -> m.get("coverage.level." + l.name())));
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        level.setTooltip(new Tooltip(m.get("coverage.toolbar.level")));

        Label demo = new Label(m.get("fibre.demoData"));
        demo.setId("coverageDemo");
        demo.getStyleClass().add("badge-demo");
        demo.setTooltip(new Tooltip(m.get("fibre.demoData.hint")));
        demo.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.standProperty().get() != null && viewModel.standProperty().get().demo(),
                viewModel.standProperty()));
        demo.managedProperty().bind(demo.visibleProperty());

        Label empty = new Label(m.get("coverage.toolbar.empty"));
        empty.setId("coverageEmpty");
        empty.getStyleClass().add("detail-note");
        empty.setWrapText(true); // the whole hint, on as many lines as the map column needs
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.setPadding(new Insets(0, 6, 4, 6));
        var none = Bindings.isEmpty(viewModel.stands());
        empty.visibleProperty().bind(none);
        empty.managedProperty().bind(none);
        for (var control : new javafx.scene.Node[] {indicator, stand, level}) {
            control.visibleProperty().bind(none.not());
            control.managedProperty().bind(none.not());
        }
        Label standLabel = new Label(m.get("fibre.stand"));
        standLabel.visibleProperty().bind(none.not());
        standLabel.managedProperty().bind(none.not());
        for (var control : new javafx.scene.layout.Region[] {title, indicator, standLabel, stand, level, demo}) {
            control.setMinWidth(USE_PREF_SIZE);
        }
        // the controls wrap onto a second row instead of pushing the side panels out of the window
        // a caption stays with its selector when the row wraps; the stand box shows the date only
        stand.setPrefWidth(130);
        javafx.scene.layout.HBox standGroup = group(standLabel, stand);
        WrappingBar row = new WrappingBar(title, indicator, standGroup, level, demo);
        getChildren().addAll(row, empty);
    }

    private static javafx.scene.layout.HBox group(javafx.scene.Node caption, javafx.scene.Node control) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, caption, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setMinWidth(USE_PREF_SIZE);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
