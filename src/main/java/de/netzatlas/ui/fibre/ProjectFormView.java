package de.netzatlas.ui.fibre;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.region.Region;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The project form (new and edit): two columns of labelled fields, each with its validation
 * messages right under it (errors red, warnings amber), milestones as an editable table, the area
 * with "Fläche zeichnen" and "Fläche aus GeoJSON…", and Speichern/Abbrechen. Binds to
 * {@link ProjectFormViewModel}; the window around it ({@link ProjectScreens}) handles the actions.
 */
final class ProjectFormView extends BorderPane {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProjectFormViewModel vm;
    private final Messages m;
    final Button save = new Button();
    final Button cancel = new Button();
    final Button draw = new Button();
    final Button importArea = new Button();
    final Button clearArea = new Button();
    final Label areaError = new Label();

    ProjectFormView(ProjectFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setId("projectForm");
        getStyleClass().add("project-form");

        GridPane left = grid();
        int r = 0;
        r = section(left, r, m.get("projectForm.section.general"));
        r = row(left, r, "projectForm.name", text("formName", vm.name), "name");
        r = row(left, r, "projectForm.kreis", kreisBox(), "kreis");
        r = row(left, r, "projectForm.gemeinden", gemeindenBox(), "gemeinden");
        r = row(left, r, "projectForm.model", combo("formModel", vm.model, FXCollections.observableArrayList(FundingModel.values()),
                fm -> m.get("fibre.model." + fm.name())), "model");
        r = row(left, r, "projectForm.programme", combo("formProgramme", vm.programme, FXCollections.observableArrayList(Programme.values()),
                p -> m.get("fibre.programme." + p.name())), "programme");
        r = row(left, r, "projectForm.operator", text("formOperator", vm.operator), "operator");
        r = section(left, r, m.get("projectForm.section.connections"));
        TextField households = number("formHouseholds", vm.households);
        Label hint = new Label();
        hint.getStyleClass().add("detail-note");
        hint.textProperty().bind(vm.householdsHint);
        HBox hh = new HBox(8, households, hint);
        hh.setAlignment(Pos.CENTER_LEFT);
        r = row(left, r, "projectForm.households", hh, "households");
        r = row(left, r, "projectForm.businesses", number("formBusinesses", vm.businesses), "businesses");
        r = row(left, r, "projectForm.schools", number("formSchools", vm.schools), "schools");
        r = section(left, r, m.get("projectForm.section.funding"));
        r = row(left, r, "projectForm.cost", number("formCost", vm.cost), "cost_total");
        r = row(left, r, "projectForm.bund", number("formBund", vm.shareBund), "share_bund");
        r = row(left, r, "projectForm.land", number("formLand", vm.shareLand), "share_land");
        r = row(left, r, "projectForm.kommune", number("formKommune", vm.shareKommune), "share_kommune");
        r = row(left, r, "projectForm.operatorShare", number("formOperatorShare", vm.shareOperator), "share_operator");
        CheckBox weak = new CheckBox(m.get("projectForm.weakArea"));
        weak.setId("formWeakArea");
        weak.selectedProperty().bindBidirectional(vm.weakArea);
        row(left, r, null, weak, null);

        GridPane right = grid();
        r = 0;
        r = section(right, r, m.get("projectForm.section.status"));
        r = row(right, r, "projectForm.status", combo("formStatus", vm.status, vm.statusChoices,
                s -> m.get("fibre.status." + s.name())), "status");
        r = row(right, r, "projectForm.statusSince", date("formStatusSince", vm.statusSince), "status_since");
        r = row(right, r, "projectForm.start", date("formStart", vm.start), "start");
        r = row(right, r, "projectForm.plannedCompletion", date("formPlanned", vm.plannedCompletion),
                "planned_completion");
        r = row(right, r, "projectForm.actualCompletion", date("formActual", vm.actualCompletion),
                "actual_completion");
        r = section(right, r, m.get("projectForm.section.milestones"));
        r = full(right, r, milestones(), "milestones");
        r = section(right, r, m.get("projectForm.section.area"));
        r = full(right, r, area(), "area");
        r = section(right, r, m.get("projectForm.section.notes"));
        TextArea notes = new TextArea();
        notes.setId("formNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notes);
        full(right, r, notes, "notes");

        HBox columns = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        columns.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Label saveError = new Label();
        saveError.setId("formSaveError");
        saveError.getStyleClass().add("field-error");
        saveError.setWrapText(true);
        saveError.textProperty().bind(vm.saveError);
        Label summary = new Label();
        summary.setId("formSummary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long errors = vm.issues().stream().filter(de.netzatlas.fibre.ValidationIssue::isError).count();
            long warnings = vm.issues().size() - errors;
            return errors == 0 && warnings == 0 ? "" : m.format("projectForm.summary", errors, warnings);
        }, vm.issues()));
        save.setText(m.get("projectForm.save"));
        save.setId("formSave");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.canSaveProperty().not());
        cancel.setText(m.get("projectForm.cancel"));
        cancel.setId("formCancel");
        cancel.setCancelButton(true);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox messagesBox = new VBox(2, summary, saveError);
        HBox bottom = new HBox(10, messagesBox, gap, save, cancel);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        bottom.getStyleClass().add("form-buttons");
        setBottom(bottom);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(260);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    private int section(GridPane g, int r, String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        GridPane.setMargin(l, new Insets(r == 0 ? 0 : 10, 0, 4, 0));
        g.add(l, 0, r, 2, 1);
        return r + 1;
    }

    /** A label, the control and (below the control) the field's messages; returns the next row. */
    private int row(GridPane g, int r, String labelKey, Node control, String field) {
        if (labelKey != null) {
            Label l = new Label(m.get(labelKey));
            l.setLabelFor(control);
            l.getStyleClass().add("form-label");
            g.add(l, 0, r);
        }
        g.add(control, 1, r);
        if (field == null) {
            return r + 1;
        }
        g.add(messageLabel(field), 1, r + 1);
        return r + 2;
    }

    private int full(GridPane g, int r, Node control, String field) {
        g.add(control, 0, r, 2, 1);
        g.add(messageLabel(field), 0, r + 1, 2, 1);
        return r + 2;
    }

    private Label messageLabel(String field) {
        Label msg = new Label();
        msg.setId("formMessage-" + field);
        msg.setWrapText(true);
        msg.setMaxWidth(420);
        msg.textProperty().bind(vm.message(field));
        msg.managedProperty().bind(msg.textProperty().isNotEmpty());
        msg.visibleProperty().bind(msg.managedProperty());
        Runnable style = () -> {
            msg.getStyleClass().removeAll("field-error", "field-warning");
            msg.getStyleClass().add(vm.hasError(field).get() ? "field-error" : "field-warning");
        };
        vm.hasError(field).addListener(o -> style.run());
        style.run();
        return msg;
    }

    private TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private TextField number(String id, StringProperty p) {
        TextField t = text(id, p);
        t.setAlignment(Pos.CENTER_RIGHT);
        t.setMaxWidth(180);
        return t;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setConverter(dateConverter());
        d.setPromptText("TT.MM.JJJJ");
        d.valueProperty().bindBidirectional(p);
        d.setMaxWidth(180);
        return d;
    }

    static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    private <T> ComboBox<T> combo(String id, ObjectProperty<T> p, ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(p);
        return box;
    }

    private ComboBox<Region> kreisBox() {
        ComboBox<Region> box = new ComboBox<>(vm.kreise);
        box.setId("formKreis");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(m.get("projectForm.kreis.prompt"));
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Region item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.name());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(vm.kreis);
        return box;
    }

    /** Gemeinden of the chosen Kreis as a check list, kept in step with the view model's AGS list. */
    private ListView<Region> gemeindenBox() {
        ListView<Region> list = new ListView<>(vm.gemeindenOfKreis);
        list.setId("formGemeinden");
        list.setPrefHeight(112);
        list.setPlaceholder(new Label(m.get("projectForm.gemeinden.prompt")));
        java.util.Map<String, javafx.beans.property.BooleanProperty> checked = new java.util.HashMap<>();
        boolean[] syncing = {false};
        java.util.function.Function<Region, javafx.beans.value.ObservableValue<Boolean>> state = r ->
                checked.computeIfAbsent(r.ags(), ags -> {
                    javafx.beans.property.BooleanProperty p =
                            new javafx.beans.property.SimpleBooleanProperty(vm.gemeinden.contains(ags));
                    p.addListener((o, was, on) -> {
                        if (syncing[0]) {
                            return;
                        }
                        syncing[0] = true;
                        try {
                            if (on && !vm.gemeinden.contains(ags)) {
                                vm.gemeinden.add(ags);
                            } else if (!on) {
                                vm.gemeinden.remove(ags);
                            }
                        } finally {
                            syncing[0] = false;
                        }
                    });
                    return p;
                });
        vm.gemeinden.addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    checked.forEach((ags, p) -> p.set(vm.gemeinden.contains(ags)));
                } finally {
                    syncing[0] = false;
                }
            }
        });
        list.setCellFactory(CheckBoxListCell.forListView(state::apply, new StringConverter<>() {
            @Override
            public String toString(Region r) {
                return r == null ? "" : r.name();
            }

            @Override
            public Region fromString(String s) {
                return null;
            }
        }));
        return list;
    }

    private Node milestones() {
        TableView<ProjectFormViewModel.MilestoneRow> table = new TableView<>(vm.milestones);
        table.setId("formMilestones");
        table.setPrefHeight(150);
        table.setPlaceholder(new Label(m.get("projectForm.milestones.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ProjectFormViewModel.MilestoneRow, ProjectFormViewModel.MilestoneRow> name =
                new TableColumn<>(m.get("projectForm.milestones.name"));
        name.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        name.setCellFactory(c -> new BoundCell<>(row -> {
            TextField t = new TextField();
            t.textProperty().bindBidirectional(row.nameProperty());
            return t;
        }));
        name.setPrefWidth(220);
        TableColumn<ProjectFormViewModel.MilestoneRow, ProjectFormViewModel.MilestoneRow> planned =
                new TableColumn<>(m.get("projectForm.milestones.planned"));
        planned.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        planned.setCellFactory(c -> new BoundCell<>(row -> picker(row.plannedProperty())));
        planned.setPrefWidth(130);
        TableColumn<ProjectFormViewModel.MilestoneRow, ProjectFormViewModel.MilestoneRow> actual =
                new TableColumn<>(m.get("projectForm.milestones.actual"));
        actual.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        actual.setCellFactory(c -> new BoundCell<>(row -> picker(row.actualProperty())));
        actual.setPrefWidth(130);
        table.getColumns().add(name);
        table.getColumns().add(planned);
        table.getColumns().add(actual);
        Button add = new Button(m.get("projectForm.milestones.add"));
        add.setId("formMilestoneAdd");
        add.setOnAction(e -> vm.addMilestone());
        Button remove = new Button(m.get("projectForm.milestones.remove"));
        remove.setId("formMilestoneRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.milestones.remove(table.getSelectionModel().getSelectedItem()));
        return new VBox(4, table, new HBox(6, add, remove));
    }

    private static DatePicker picker(ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setConverter(dateConverter());
        d.setPromptText("TT.MM.JJJJ");
        d.valueProperty().bindBidirectional(p);
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

    private Node area() {
        Label summary = new Label();
        summary.setId("formAreaSummary");
        summary.textProperty().bind(vm.areaSummary);
        draw.setText(m.get("projectForm.area.draw"));
        draw.setId("formDrawArea");
        importArea.setText(m.get("projectForm.area.import"));
        importArea.setId("formImportArea");
        clearArea.setText(m.get("projectForm.area.clear"));
        clearArea.setId("formClearArea");
        clearArea.disableProperty().bind(vm.area.isNull());
        clearArea.setOnAction(e -> vm.area.set(null));
        areaError.setId("formAreaError");
        areaError.getStyleClass().add("field-error");
        areaError.setWrapText(true);
        areaError.managedProperty().bind(areaError.textProperty().isNotEmpty());
        areaError.visibleProperty().bind(areaError.managedProperty());
        vm.area.addListener(o -> areaError.setText(""));
        return new VBox(4, summary, new HBox(6, draw, importArea, clearArea), areaError);
    }
}
