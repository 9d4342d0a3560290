package de.netzatlas.ui.fibre;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.ui.exchange.ListExport;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/**
 * The "Glasfaser-Projekte" pane below the map: filter bar, sortable project table and a totals line
 * for the rows shown. Binds to {@link ProjectListViewModel}; formatting only, no logic.
 */
public final class ProjectListView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final javafx.css.PseudoClass DEMO = javafx.css.PseudoClass.getPseudoClass("demo");

    private final TableView<FibreProject> table = new TableView<>();
    private final javafx.scene.control.Button newProject = new javafx.scene.control.Button();
    private final javafx.scene.control.Button export = new javafx.scene.control.Button();

    public ProjectListView(ProjectListViewModel vm, Messages m) {
        setId("projectList");
        NumberFormat count = NumberFormat.getIntegerInstance(m.locale());
        NumberFormat euro = m.euroFormat(0);

        ComboBox<String> kreis = combo(FXCollections.observableArrayList(), a -> a == null ? m.get("projects.all")
                : vm.name(a), m.get("projects.kreis"));
        kreis.setId("projectsKreis");
        vm.all().addListener((javafx.collections.ListChangeListener<FibreProject>) c -> {
            String chosen = vm.kreisProperty().get();
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(vm.kreise());
            kreis.getItems().setAll(items);
            vm.kreisProperty().set(chosen);
        });
        kreis.valueProperty().bindBidirectional(vm.kreisProperty());
        ComboBox<ProjectStatus> status = combo(FXCollections.observableArrayList(ProjectStatus.values()),
                s -> s == null ? m.get("projects.all") : m.label(s), m.get("projects.status"));
        status.getItems().add(0, null);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Programme> programme = combo(FXCollections.observableArrayList(Programme.values()),
                p -> p == null ? m.get("projects.all") : m.label(p), m.get("projects.programme"));
        programme.getItems().add(0, null);
        programme.valueProperty().bindBidirectional(vm.programmeProperty());
        TextField search = new TextField();
        search.setId("projectsSearch");
        search.setPromptText(m.get("projects.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label title = new Label(m.get("projects.title"));
        title.getStyleClass().add("pane-title");
        newProject.setText(m.get("projects.new"));
        newProject.setId("projectsNew");
        export.setText(m.get("exchange.export.list"));
        export.setId("projectsExport");
        de.netzatlas.ui.common.WrappingBar filters = new de.netzatlas.ui.common.WrappingBar(title, kreis, status, programme, search, newProject, export);
        setTop(filters);

        table.setId("projectsTable");
        table.setPlaceholder(new Label(m.get("projects.empty")));
        table.getColumns().add(col(m.get("projects.col.name"), FibreProject::name, 240));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FibreProject p, boolean empty) {
                super.updateItem(p, empty);
                boolean demo = !empty && p != null && p.demo();
                pseudoClassStateChanged(DEMO, demo);
                setTooltip(demo ? new javafx.scene.control.Tooltip(m.get("projects.demo")) : null);
            }
        });
        table.getColumns().add(col(m.get("projects.col.kreis"), p -> vm.name(p.kreisAgs()), 140));
        table.getColumns().add(col(m.get("projects.col.gemeinden"),
                p -> String.join(", ", p.gemeinden().stream().map(vm::name).toList()), 180));
        table.getColumns().add(col(m.get("projects.col.status"), p -> m.label(p.status()), 120));
        table.getColumns().add(col(m.get("projects.col.programme"), p -> m.label(p.programme()), 150));
        table.getColumns().add(col(m.get("projects.col.model"), p -> m.label(p.model()), 150));
        table.getColumns().add(numberCol(m.get("projects.col.households"), p -> (long) p.households(), count));
        table.getColumns().add(moneyCol(m.get("projects.col.cost"), p -> p.funding().costTotal(), euro));
        table.getColumns().add(moneyCol(m.get("projects.col.bund"), p -> p.funding().bund(), euro));
        table.getColumns().add(moneyCol(m.get("projects.col.land"), p -> p.funding().land(), euro));
        table.getColumns().add(dateCol(m.get("projects.col.start"), FibreProject::start));
        table.getColumns().add(dateCol(m.get("projects.col.completion"), FibreProject::plannedCompletion));
        SortedList<FibreProject> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        setCenter(table);

        Label totals = new Label();
        totals.setId("projectsTotals");
        totals.getStyleClass().add("totals-row");
        totals.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ProjectListViewModel.Totals t = vm.totalsProperty().get();
            return m.format("projects.totals", count.format(t.projects()), count.format(t.households()),
                    euro.format(t.cost()));
        }, vm.totalsProperty()));
        totals.setPadding(new Insets(4, 6, 4, 6));
        setBottom(totals);
    }

    /** "Neues Projekt …": its action is set by the window that opens the form. */
    public javafx.scene.control.Button newButton() {
        return newProject;
    }

    /** "Exportieren …" (the rows shown): wired by {@link ListExport#attach}. */
    public javafx.scene.control.Button exportButton() {
        return export;
    }

    public TableView<FibreProject> table() {
        return table;
    }

    private static <T> ComboBox<T> combo(javafx.collections.ObservableList<T> items, Function<T, String> label,
                                         String prompt) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setPromptText(prompt);
        StringConverter<T> conv = new StringConverter<>() {
            @Override
            public String toString(T t) {
                return label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(conv);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? prompt : prompt + ": " + label.apply(item));
            }
        });
        return box;
    }

    private static TableColumn<FibreProject, String> col(String title, Function<FibreProject, String> value,
                                                         double width) {
        TableColumn<FibreProject, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<FibreProject, Long> numberCol(String title, Function<FibreProject, Long> value,
                                                             NumberFormat format) {
        TableColumn<FibreProject, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> rightAligned(v -> format.format(v)));
        return c;
    }

    private static TableColumn<FibreProject, BigDecimal> moneyCol(String title,
                                                                  Function<FibreProject, BigDecimal> value,
                                                                  NumberFormat format) {
        TableColumn<FibreProject, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> rightAligned(v -> format.format(v)));
        c.setPrefWidth(120);
        return c;
    }

    private static TableColumn<FibreProject, LocalDate> dateCol(String title, Function<FibreProject, LocalDate> v) {
        TableColumn<FibreProject, LocalDate> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(v.apply(cd.getValue())));
        c.setCellFactory(col -> rightAligned(DATE::format));
        return c;
    }

    private static <T> javafx.scene.control.TableCell<FibreProject, T> rightAligned(Function<T, String> format) {
        javafx.scene.control.TableCell<FibreProject, T> cell = new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : format.apply(item));
            }
        };
        cell.setStyle("-fx-alignment: CENTER-RIGHT;");
        return cell;
    }
}
