package de.netzatlas.ui.fibre;

import static de.netzatlas.ui.fibre.ProjectFormGrid.combo;
import static de.netzatlas.ui.fibre.ProjectFormGrid.date;
import static de.netzatlas.ui.fibre.ProjectFormGrid.number;
import static de.netzatlas.ui.fibre.ProjectFormGrid.text;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ValidationIssue;
import de.netzatlas.region.Region;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The project form (new and edit): on the left the master data (general, connections, funding), on
 * the right status and dates, milestones, area and notes; each field with its validation messages
 * right under it (errors red, warnings amber), and Speichern/Abbrechen. Binds to
 * {@link ProjectFormViewModel}; the window around it ({@link ProjectScreens}) handles the actions.
 */
final class ProjectFormView extends BorderPane {

    private final ProjectFormViewModel vm;
    private final Messages m;
    final Button save = new Button();
    final Button cancel = new Button();
    final Button draw;
    final Button importArea;
    final Label areaError;

    ProjectFormView(ProjectFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setId("projectForm");
        getStyleClass().add("project-form");
        ProjectAreaSection area = new ProjectAreaSection(vm, m);
        draw = area.draw;
        importArea = area.importArea;
        areaError = area.error;
        ProjectFormGrid left = masterData();
        ProjectFormGrid right = schedule(area);
        HBox columns = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        columns.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(buttons());
    }

    /** General data, connections, funding. */
    private ProjectFormGrid masterData() {
        ProjectFormGrid g = new ProjectFormGrid(vm, m);
        g.section("projectForm.section.general");
        g.row("projectForm.name", text("formName", vm.name), "name");
        g.row("projectForm.kreis", kreisBox(), "kreis");
        g.row("projectForm.gemeinden", new GemeindenChecklist(vm.gemeindenOfKreis, vm.gemeinden,
                m.get("projectForm.gemeinden.prompt")), "gemeinden");
        g.row("projectForm.model", combo("formModel", vm.model, FXCollections.observableArrayList(FundingModel.values()),
                m::label), "model");
        g.row("projectForm.programme", combo("formProgramme", vm.programme,
                FXCollections.observableArrayList(Programme.values()), m::label), "programme");
        g.row("projectForm.operator", text("formOperator", vm.operator), "operator");
        g.section("projectForm.section.connections");
        TextField households = number("formHouseholds", vm.households);
        Label hint = new Label();
        hint.getStyleClass().add("detail-note");
        hint.textProperty().bind(vm.householdsHint);
        HBox hh = new HBox(8, households, hint);
        hh.setAlignment(Pos.CENTER_LEFT);
        g.row("projectForm.households", hh, "households");
        g.row("projectForm.businesses", number("formBusinesses", vm.businesses), "businesses");
        g.row("projectForm.schools", number("formSchools", vm.schools), "schools");
        g.section("projectForm.section.funding");
        g.row("projectForm.cost", number("formCost", vm.cost), "cost_total");
        g.row("projectForm.bund", number("formBund", vm.shareBund), "share_bund");
        g.row("projectForm.land", number("formLand", vm.shareLand), "share_land");
        g.row("projectForm.kommune", number("formKommune", vm.shareKommune), "share_kommune");
        g.row("projectForm.operatorShare", number("formOperatorShare", vm.shareOperator), "share_operator");
        CheckBox weak = new CheckBox(m.get("projectForm.weakArea"));
        weak.setId("formWeakArea");
        weak.selectedProperty().bindBidirectional(vm.weakArea);
        g.row(null, weak, null);
        return g;
    }

    /** Status and dates, milestones, area, notes. */
    private ProjectFormGrid schedule(ProjectAreaSection area) {
        ProjectFormGrid g = new ProjectFormGrid(vm, m);
        g.section("projectForm.section.status");
        g.row("projectForm.status", combo("formStatus", vm.status, vm.statusChoices,
                m::label), "status");
        g.row("projectForm.statusSince", date("formStatusSince", vm.statusSince), "status_since");
        g.row("projectForm.start", date("formStart", vm.start), "start");
        g.row("projectForm.plannedCompletion", date("formPlanned", vm.plannedCompletion), "planned_completion");
        g.row("projectForm.actualCompletion", date("formActual", vm.actualCompletion), "actual_completion");
        g.section("projectForm.section.milestones");
        g.full(new MilestoneTable(vm.milestones, vm::addMilestone, m), "milestones");
        g.section("projectForm.section.area");
        g.full(area, "area");
        g.section("projectForm.section.notes");
        TextArea notes = new TextArea();
        notes.setId("formNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notes);
        g.full(notes, "notes");
        return g;
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

    /** The counts of errors and warnings, why saving failed, Speichern and Abbrechen. */
    private HBox buttons() {
        Label saveError = new Label();
        saveError.setId("formSaveError");
        saveError.getStyleClass().add("field-error");
        saveError.setWrapText(true);
        saveError.textProperty().bind(vm.saveError);
        Label summary = new Label();
        summary.setId("formSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = vm.issues().stream().filter(ValidationIssue::isError).count();
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
        return bottom;
    }
}
