package de.netzatlas.ui.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.common.Messages;
import de.netzatlas.ui.exchange.ListExport;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A register list pane below the map (schools, ITN-XT sites): filter bar (Kreis, status, type,
 * search), buttons for new / edit / undo, a sortable table whose columns the register supplies, demo
 * rows tinted, and a totals line for the rows shown. Binds to {@link AssetListViewModel}.
 */
public final class AssetListView<A extends LocatedAsset<?>> extends BorderPane {

    private static final javafx.css.PseudoClass DEMO = javafx.css.PseudoClass.getPseudoClass("demo");

    private final TableView<A> table = new TableView<>();
    private final Button create = new Button();
    private final Button edit = new Button();
    private final Button undo = new Button();
    private final Button export = new Button();

    /**
     * {@code idPrefix} names the nodes for tests (e.g. {@code schools} → {@code #schoolsTable});
     * {@code totals} formats the totals line.
     */
    public AssetListView(String idPrefix, String title, AssetListViewModel<A> vm, Messages m, Enum<?>[] statuses,
                         Function<Enum<?>, String> statusLabel, String typeTitle, Enum<?>[] types,
                         Function<Enum<?>, String> typeLabel, List<TableColumn<A, ?>> columns,
                         Function<AssetListViewModel.Totals, String> totals) {
        setId(idPrefix + "List");
        String all = m.get("projects.all");
        ComboBox<String> kreis = combo(FXCollections.observableArrayList(), a -> a == null ? all : vm.name(a),
                m.get("projects.kreis"));
        kreis.setId(idPrefix + "Kreis");
        vm.all().addListener((ListChangeListener<A>) c -> {
            String chosen = vm.kreisProperty().get();
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(vm.kreise());
            kreis.getItems().setAll(items);
            vm.kreisProperty().set(chosen);
        });
        kreis.valueProperty().bindBidirectional(vm.kreisProperty());
        ComboBox<Enum<?>> status = combo(FXCollections.observableArrayList(statuses),
                s -> s == null ? all : statusLabel.apply(s), m.get("projects.status"));
        status.getItems().add(0, null);
        status.setId(idPrefix + "Status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Enum<?>> type = combo(FXCollections.observableArrayList(types),
                t -> t == null ? all : typeLabel.apply(t), typeTitle);
        type.getItems().add(0, null);
        type.setId(idPrefix + "Type");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        TextField search = new TextField();
        search.setId(idPrefix + "Search");
        search.setPromptText(m.get("registers.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label heading = new Label(title);
        heading.getStyleClass().add("pane-title");
        create.setText(m.get("registers.new"));
        create.setId(idPrefix + "New");
        edit.setText(m.get("registers.edit"));
        edit.setId(idPrefix + "Edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        undo.setText(m.get("registers.undo"));
        undo.setId(idPrefix + "Undo");
        export.setId(idPrefix + "Export");
        de.netzatlas.ui.common.WrappingBar filters = new de.netzatlas.ui.common.WrappingBar(heading, kreis, status, type, search, create, edit, undo, export);
        setTop(filters);

        table.setId(idPrefix + "Table");
        table.setPlaceholder(new Label(m.get("registers.empty")));
        table.getColumns().addAll(columns);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(A a, boolean empty) {
                super.updateItem(a, empty);
                boolean demo = !empty && a != null && a.demo();
                pseudoClassStateChanged(DEMO, demo);
                setTooltip(demo ? new Tooltip(m.get("projects.demo")) : null);
            }
        });
        SortedList<A> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        setCenter(table);

        Label line = new Label();
        line.setId(idPrefix + "Totals");
        line.getStyleClass().add("totals-row");
        line.textProperty().bind(Bindings.createStringBinding(() -> totals.apply(vm.totalsProperty().get()),
                vm.totalsProperty()));
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.errorProperty());
        HBox bottom = new HBox(16, line, error);
        bottom.setPadding(new Insets(4, 6, 4, 6));
        setBottom(bottom);
    }

    public TableView<A> table() {
        return table;
    }

    public Button createButton() {
        return create;
    }

    public Button editButton() {
        return edit;
    }

    public Button undoButton() {
        return undo;
    }

    /** "Exportieren …" of the rows shown: wired by {@link ListExport#attach}. */
    public Button exportButton() {
        return export;
    }

    /** A text column. */
    public static <A> TableColumn<A, String> text(String title, Function<A, String> value, double width) {
        TableColumn<A, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A right-aligned, sortable value column (numbers, dates) with its own formatting. */
    public static <A, T extends Comparable<T>> TableColumn<A, T> value(String title, Function<A, T> value,
                                                                       Function<T, String> format, double width) {
        TableColumn<A, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> {
            TableCell<A, T> cell = new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : format.apply(item));
                }
            };
            cell.setStyle("-fx-alignment: CENTER-RIGHT;");
            return cell;
        });
        c.setPrefWidth(width);
        return c;
    }

    private static <T> ComboBox<T> combo(javafx.collections.ObservableList<T> items, Function<T, String> label,
                                         String prompt) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setPromptText(prompt);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? prompt : prompt + ": " + label.apply(item));
            }
        });
        return box;
    }
}
