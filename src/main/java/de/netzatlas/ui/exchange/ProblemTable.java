package de.netzatlas.ui.exchange;

import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Problem;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The problem report as the check and the result page show it: errors red, warnings amber. */
final class ProblemTable extends TableView<Problem> {

    ProblemTable(ImportViewModel vm, Messages m, String id) {
        super(vm.problems());
        setId(id);
        setPlaceholder(new Label(m.get("exchange.import.noProblems")));
        getColumns().add(column(m.get("exchange.report.row"), 70, p -> String.valueOf(p.row())));
        getColumns().add(column(m.get("exchange.report.column"), 130, Problem::column));
        getColumns().add(column(m.get("exchange.report.value"), 120, p -> p.value() == null ? "" : p.value()));
        getColumns().add(column(m.get("exchange.report.message"), 460, Problem::message));
        getColumns().add(column(m.get("exchange.report.severity"), 90, p -> m.label(p.severity())));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setStyle(empty || p == null ? "" : p.isError() ? "-fx-background-color: #fde2e1;" : "-fx-background-color: #fff4d6;");
            }
        });
    }

    private static TableColumn<Problem, String> column(String title, double width, Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
