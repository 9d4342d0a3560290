package de.netzatlas.ui.fibre;

import java.time.LocalDate;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The project's milestones as a table whose cells are editors bound to the rows, with add and remove. */
final class MilestoneTable extends VBox {

    MilestoneTable(ObservableList<MilestoneRow> milestones, Runnable add, Messages m) {
        super(4);
        TableView<MilestoneRow> table = new TableView<>(milestones);
        table.setId("formMilestones");
        table.setPrefHeight(150);
        table.setPlaceholder(new Label(m.get("projectForm.milestones.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("projectForm.milestones.name"), 220, row -> {
            TextField t = new TextField();
            t.textProperty().bindBidirectional(row.nameProperty());
            return t;
        }));
        table.getColumns().add(column(m.get("projectForm.milestones.planned"), 130, row -> picker(row.plannedProperty())));
        table.getColumns().add(column(m.get("projectForm.milestones.actual"), 130, row -> picker(row.actualProperty())));
        Button addButton = new Button(m.get("projectForm.milestones.add"));
        addButton.setId("formMilestoneAdd");
        addButton.setOnAction(e -> add.run());
        Button remove = new Button(m.get("projectForm.milestones.remove"));
        remove.setId("formMilestoneRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> milestones.remove(table.getSelectionModel().getSelectedItem()));
        getChildren().addAll(table, new HBox(6, addButton, remove));
    }

    private static TableColumn<MilestoneRow, MilestoneRow> column(String title, double width,
                                                                   Function<MilestoneRow, Node> editor) {
        TableColumn<MilestoneRow, MilestoneRow> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new BoundCell<>(editor));
        c.setPrefWidth(width);
        return c;
    }

    private static DatePicker picker(ObjectProperty<LocalDate> p) {
        DatePicker d = ProjectFormGrid.datePicker(p);
        d.setMaxWidth(Double.MAX_VALUE);
        return d;
    }

    /** A table cell whose graphic is an editor bound to the row (built anew when the row changes). */
    private static final class BoundCell<T> extends TableCell<T, T> {
        private final Function<T, Node> editor;
        private T shown;

        BoundCell(Function<T, Node> editor) {
            this.editor = editor;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                shown = null;
                setGraphic(null);
            } else if (item != shown) {
                shown = item;
                setGraphic(editor.apply(item));
            }
        }
    }
}
