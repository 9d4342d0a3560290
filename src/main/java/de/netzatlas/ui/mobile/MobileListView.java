package de.netzatlas.ui.mobile;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.mobile.AreaCoverage;
import de.netzatlas.mobile.CoverageFigures;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.ui.exchange.ListExport;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Mobilfunkstandorte" pane below the map: filters (operator, technology, status, Kreis),
 * search, the sortable site table, a totals line over the rows shown and the coverage KPIs of the
 * Land (LTE, 5G, weiße Flecken). Binds to {@link MobileViewModel}; formatting only.
 */
final class MobileListView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final javafx.css.PseudoClass DEMO = javafx.css.PseudoClass.getPseudoClass("demo");

    private final TableView<MobileSite> table = new TableView<>();
    private final javafx.scene.control.Button export = new javafx.scene.control.Button();

    MobileListView(MobileViewModel vm, Messages m) {
        setId("mobileList");
        NumberFormat count = NumberFormat.getIntegerInstance(m.locale());
        NumberFormat km = NumberFormat.getNumberInstance(m.locale());
        km.setMaximumFractionDigits(1);
        km.setMinimumFractionDigits(1);
        String all = m.get("projects.all");

        ComboBox<MobileOperator> operator = combo(MobileOperator.values(), o -> o == null ? all : m.label(o),
                m.get("mobile.col.operator"));
        operator.setId("mobileOperator");
        operator.valueProperty().bindBidirectional(vm.operatorProperty());
        ComboBox<RadioTechnology> technology = combo(RadioTechnology.values(), t -> t == null ? all : m.label(t),
                m.get("mobile.col.technology"));
        technology.setId("mobileTechnology");
        technology.valueProperty().bindBidirectional(vm.technologyProperty());
        ComboBox<MobileSiteStatus> status = combo(MobileSiteStatus.values(), s -> s == null ? all : m.label(s),
                m.get("mobile.col.status"));
        status.setId("mobileStatus");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<String> kreis = combo(vm.kreise().toArray(String[]::new),
                a -> a == null ? all : vm.regionName(a), m.get("mobile.col.kreis"));
        kreis.setId("mobileKreis");
        kreis.valueProperty().bindBidirectional(vm.kreisProperty());
        TextField search = new TextField();
        search.setId("mobileSearch");
        search.setPromptText(m.get("mobile.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label title = new Label(m.get("mobile.title"));
        title.getStyleClass().add("pane-title");
        javafx.scene.control.Button add = new javafx.scene.control.Button(m.get("mobile.form.newButton"));
        add.setId("mobileNew");
        add.setOnAction(e -> MobileSiteForm.show(getScene().getWindow(), vm.form(null), m, vm::load));
        javafx.scene.control.Button edit = new javafx.scene.control.Button(m.get("mobile.form.editButton"));
        edit.setId("mobileEdit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> MobileSiteForm.show(getScene().getWindow(),
                vm.form(table.getSelectionModel().getSelectedItem()), m, vm::load));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                edit.fire();
            }
        });
        export.setId("mobileExport");
        // the title, the buttons and the technology filter keep their text; the search field gives way
        for (javafx.scene.layout.Region r : List.of(title, add, edit, export, technology, status)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        operator.setPrefWidth(210);
        kreis.setPrefWidth(200);
        search.setMinWidth(120);
        de.netzatlas.ui.common.WrappingBar filters = new de.netzatlas.ui.common.WrappingBar(title, operator, technology, status, kreis, search, add, edit, export);
        setTop(filters);

        table.setId("mobileTable");
        table.setPlaceholder(new Label(m.get("mobile.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MobileSite s, boolean empty) {
                super.updateItem(s, empty);
                boolean demo = !empty && s != null && s.demo();
                pseudoClassStateChanged(DEMO, demo);
                setTooltip(demo ? new Tooltip(m.get("projects.demo")) : null);
            }
        });
        table.getColumns().add(col(m.get("mobile.col.identifier"), MobileSite::identifier, 100));
        table.getColumns().add(col(m.get("mobile.col.operator"), s -> m.label(s.operator()), 150));
        table.getColumns().add(col(m.get("mobile.col.technology"), s -> m.label(s.technology()), 70));
        table.getColumns().add(col(m.get("mobile.col.bands"), MobileSite::bandsText, 110));
        table.getColumns().add(col(m.get("mobile.col.status"), s -> m.label(s.status()), 100));
        table.getColumns().add(col(m.get("mobile.col.gemeinde"),
                s -> vm.regionName(s.gemeindeAgs()), 160));
        table.getColumns().add(col(m.get("mobile.col.kreis"),
                s -> vm.kreisOf(s).isEmpty() ? "" : vm.regionName(vm.kreisOf(s)), 150));
        TableColumn<MobileSite, Double> radius = new TableColumn<>(m.get("mobile.col.radius"));
        radius.setCellValueFactory(c -> new SimpleObjectProperty<>(vm.radiusKm(c.getValue())));
        radius.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : km.format(v) + " km");
            }
        });
        radius.setPrefWidth(80);
        table.getColumns().add(radius);
        table.getColumns().add(col(m.get("mobile.col.funded"), s -> s.funded() ? m.get("mobile.yes") : "", 70));
        table.getColumns().add(col(m.get("mobile.col.onair"), s -> date(s.onAirDate() != null ? s.onAirDate()
                : s.plannedOnAir()) + (s.onAirDate() == null && s.plannedOnAir() != null ? " " + m.get("mobile.planned") : ""), 140));
        SortedList<MobileSite> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        setCenter(table);

        Label totals = new Label();
        totals.setId("mobileTotals");
        totals.getStyleClass().add("totals-row");
        totals.textProperty().bind(Bindings.createStringBinding(() -> {
            MobileViewModel.Totals t = vm.totalsProperty().get();
            return m.format("mobile.totals", count.format(t.sites()), count.format(t.inOperation()),
                    count.format(t.funded())) + (t.demo() > 0 ? " · " + m.get("fibre.demoData") : "");
        }, vm.totalsProperty()));
        Label kpi = new Label();
        kpi.setId("mobileKpi");
        kpi.textProperty().bind(Bindings.createStringBinding(() -> {
            CoverageFigures f = vm.figuresProperty().get();
            if (f == null) {
                return "";
            }
            AreaCoverage land = f.land();
            return m.format("mobile.kpi", String.format(m.locale(), "%.1f", land.lteShare() * 100),
                    String.format(m.locale(), "%.1f", land.nrShare() * 100), km.format(land.whiteKm2()),
                    String.format(m.locale(), "%.1f", land.whiteShare() * 100));
        }, vm.figuresProperty()));
        Label message = new Label();
        message.setId("mobileMessage");
        message.textProperty().bind(vm.messageProperty());
        VBox bottom = new VBox(2, totals, kpi, message);
        bottom.setPadding(new Insets(4, 6, 4, 6));
        setBottom(bottom);
    }

    /** "Exportieren …" of the rows shown: wired by {@link ListExport#attach}. */
    javafx.scene.control.Button exportButton() {
        return export;
    }

    TableView<MobileSite> table() {
        return table;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    private static TableColumn<MobileSite, String> col(String title, Function<MobileSite, String> value, double width) {
        TableColumn<MobileSite, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(T[] values, Function<T, String> label, String prompt, T... none) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.getItems().add(0, null);
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
                // "Betreiber: alle" rather than a bare "alle": four filters side by side stay readable
                setText(empty ? prompt : prompt + ": " + label.apply(item));
            }
        });
        return box;
    }
}
