package de.netzatlas.ui.exchange;

import java.util.List;
import java.util.stream.Collectors;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.SourceRow;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Wizard step 2, "Vorschau und Zuordnung": the read settings, the first problems the preview found,
 * the first rows as read, and the column mapping.
 */
final class ImportPreviewPage extends VBox {

    private final ImportViewModel vm;
    private final Messages m;

    ImportPreviewPage(ImportViewModel vm, Messages m) {
        super(10);
        this.vm = vm;
        this.m = m;
        Label openProblems = new Label();
        openProblems.setId("importPreviewProblems");
        openProblems.setWrapText(true);
        openProblems.setStyle("-fx-text-fill: #b3261e;");
        openProblems.textProperty().bind(Bindings.createStringBinding(() -> vm.problems().stream().limit(3)
                .map(p -> (p.row() > 0 ? m.get("exchange.report.row") + " " + p.row() + ": " : "") + p.message())
                .collect(Collectors.joining("\n")), vm.problems()));
        openProblems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        openProblems.managedProperty().bind(openProblems.visibleProperty());

        TableView<SourceRow> table = new TableView<>(vm.rows());
        table.setId("importPreviewTable");
        table.setPlaceholder(new Label(m.get("exchange.import.noRows")));
        vm.header().addListener((ListChangeListener<String>) c -> columns(table));
        table.setPrefHeight(260);

        Label rowsTitle = new Label(m.get("exchange.import.previewRows"));
        rowsTitle.setStyle("-fx-font-weight: bold;");
        getChildren().addAll(new ReadSettingsBar(vm, m), openProblems, rowsTitle, table, new ImportMappingPane(vm, m));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void columns(TableView<SourceRow> table) {
        table.getColumns().clear();
        TableColumn<SourceRow, String> row = new TableColumn<>(m.get("exchange.report.row"));
        row.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().row())));
        row.setPrefWidth(60);
        table.getColumns().add(row);
        List<String> header = List.copyOf(vm.header());
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<SourceRow, String> col = new TableColumn<>(header.get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            col.setPrefWidth(Math.max(80, Math.min(180, header.get(i).length() * 9 + 20)));
            table.getColumns().add(col);
        }
    }
}
