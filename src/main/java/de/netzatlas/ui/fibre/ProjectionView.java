package de.netzatlas.ui.fibre;

import java.text.NumberFormat;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.scenario.ProjectionSeries;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Glasfaser → Prognose: the area chooser (Land, Kreis, Gemeinde), the chart of projected gigabit
 * and FTTB/H shares against the federal targets with the gap shaded, and the values as a table
 * below. Binds to {@link ProjectionViewModel}; the projection is computed off the FX thread.
 */
public final class ProjectionView extends BorderPane {

    private final ProjectionChart chart;
    private final TableView<ProjectionSeries.Row> table = new TableView<>();

    ProjectionView(ProjectionViewModel viewModel, Messages m) {
        setId("projectionView");
        setPadding(new Insets(10));
        chart = new ProjectionChart(m);

        ComboBox<ProjectionViewModel.Area> area = new ComboBox<>(viewModel.areas());
        area.setId("projectionArea");
        area.setVisibleRowCount(20);
        area.valueProperty().bindBidirectional(viewModel.areaProperty());
        area.setPrefWidth(320);
        Label areaLabel = new Label(m.get("projection.region"));
        Label demo = new Label(m.get("fibre.demoData"));
        demo.setId("projectionDemo");
        demo.getStyleClass().add("badge-demo");
        demo.visibleProperty().bind(viewModel.demoProperty());
        demo.managedProperty().bind(demo.visibleProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("projectionStatus");
        status.textProperty().bind(viewModel.statusProperty());
        HBox top = new HBox(8, areaLabel, area, demo, progress, status);
        top.setAlignment(Pos.CENTER_LEFT);
        Label basis = new Label();
        basis.setId("projectionBasis");
        basis.getStyleClass().add("detail-note");
        basis.setWrapText(true);
        basis.textProperty().bind(viewModel.basisProperty());
        Label summary = new Label();
        summary.setId("projectionSummary");
        summary.getStyleClass().add("projection-summary");
        Label heading = new Label();
        heading.setId("projectionHeading");
        heading.getStyleClass().add("panel-title");
        heading.setStyle("-fx-font-size: 15px;");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("projection.title") + (viewModel.areaProperty().get() == null ? ""
                        : " – " + viewModel.areaProperty().get().name()), viewModel.areaProperty()));
        setTop(new VBox(6, heading, top, basis, summary));

        NumberFormat pct = CoverageLayerBuilder.percentFormat(m);
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());
        table.setId("projectionTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(m.get("projection.col.year"), r -> Integer.toString(r.year())));
        table.getColumns().add(column(m.get("projection.col.households"), r -> integer.format(r.households())));
        table.getColumns().add(column(m.get("projection.col.gigabit"), r -> pct.format(r.gigabitPercent()) + " %"));
        table.getColumns().add(column(m.get("projection.col.fttbh"), r -> pct.format(r.fttbhPercent()) + " %"));
        table.getColumns().add(column(m.get("projection.col.target"),
                r -> r.hasTarget() ? pct.format(r.targetPercent()) + " %" : "–"));
        table.getColumns().add(column(m.get("projection.col.gap"),
                r -> r.hasTarget() ? pct.format(r.gapPoints()) : "–"));
        table.getColumns().add(column(m.get("projection.col.gapHouseholds"),
                r -> r.hasTarget() ? integer.format(r.gapHouseholds()) : "–"));
        table.setPrefHeight(200);
        table.setMinHeight(150);

        VBox centre = new VBox(8, chart, table);
        VBox.setVgrow(chart, Priority.ALWAYS);
        BorderPane.setMargin(centre, new Insets(8, 0, 0, 0));
        setCenter(centre);

        viewModel.seriesProperty().addListener((o, old, s) -> show(s, summary, m, pct, integer));
        show(viewModel.seriesProperty().get(), summary, m, pct, integer);
    }

    private void show(ProjectionSeries s, Label summary, Messages m, NumberFormat pct, NumberFormat integer) {
        chart.setSeries(s);
        if (s == null) {
            table.getItems().clear();
            summary.setText("");
            return;
        }
        table.getItems().setAll(s.rows());
        summary.setText(s.last().filter(ProjectionSeries.Row::hasTarget)
                .map(r -> r.behind()
                        ? m.format("projection.gap.summary", Integer.toString(r.year()), pct.format(r.gapPoints()),
                                integer.format(r.gapHouseholds()))
                        : m.format("projection.onTrack", Integer.toString(r.year())))
                .orElse(""));
    }

    private static TableColumn<ProjectionSeries.Row, String> column(String title,
                                                                  Function<ProjectionSeries.Row, String> text) {
        TableColumn<ProjectionSeries.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setSortable(false);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    public ProjectionChart chart() {
        return chart;
    }

    public TableView<ProjectionSeries.Row> table() {
        return table;
    }

    /** Opens the window (owned by the main window) and starts the computation. */
    public static Stage open(Window owner, ProjectionViewModel viewModel, Messages m, String initialAgs) {
        ProjectionView view = new ProjectionView(viewModel, m);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("projection.title"));
        Scene scene = new Scene(view, 980, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        de.netzatlas.ui.common.SecondaryWindows.closeOnEscape(stage);
        stage.show();
        viewModel.load(initialAgs);
        return stage;
    }
}
