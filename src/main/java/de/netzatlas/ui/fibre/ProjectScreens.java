package de.netzatlas.ui.fibre;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.ui.exchange.ListExport;
import de.netzatlas.ui.map.AreaEditor;
import de.netzatlas.ui.map.MapPane;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import de.netzatlas.ui.common.SecondaryWindows;
import javafx.stage.Window;

/**
 * Opens the project form (new, or edit from the list by double-click or Enter) in its own window
 * beside the map, hands the map over to the {@link AreaEditor} while the area is drawn, and after
 * saving reloads the list (and so the map layer) and selects the saved project. A click on a
 * project area on the map selects its row. Glue between views only; decisions live in the view
 * models.
 */
public final class ProjectScreens {

    private final Host viewModel;
    private final MapPane mapPane;
    private final ProjectListView list;
    private final Messages m;
    private final java.util.function.Supplier<Window> owner;
    private final Runnable showList;
    private Stage formStage;
    private ProjectFormViewModel form;
    private boolean selectingFromMap;
    private boolean drawing;
    private Stage timelineStage;

    /** {@code export} exports the rows the list shows; {@code showList} brings the project list into view. */
    /** What the project screens need of the window's view model (the main view model implements it). */
    public interface Host {

        de.netzatlas.common.Messages messages();

        de.netzatlas.ui.map.MapLayersViewModel layers();

        ProjectListViewModel projectList();

        /** The form's view model for {@code project} (null: a new project). */
        ProjectFormViewModel projectForm(de.netzatlas.fibre.FibreProject project);

        javafx.beans.property.ReadOnlyObjectProperty<org.locationtech.jts.geom.Geometry> highlightProperty();

        javafx.beans.property.ObjectProperty<de.netzatlas.region.GeoBounds> zoomTargetProperty();

        /** Draws {@code area} as the highlighted outline. */
        void outline(org.locationtech.jts.geom.Geometry area);

        void zoomToProject(de.netzatlas.fibre.FibreProject project);
    }

    public ProjectScreens(Host viewModel, ListExport export, MapPane mapPane, ProjectListView list,
                          java.util.function.Supplier<Window> owner, Runnable showList) {
        this.viewModel = viewModel;
        this.mapPane = mapPane;
        this.list = list;
        this.m = viewModel.messages();
        this.owner = owner;
        this.showList = showList;
        TableView<FibreProject> table = list.table();
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && table.getSelectionModel().getSelectedItem() != null) {
                openEdit(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openEdit(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.newButton().setOnAction(e -> openNew());
        export.attach(list.exportButton(), "projects", viewModel.projectList().shown(), p -> p.id().toString(),
                FibreProject::demo);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, project) -> {
            if (project != null && !selectingFromMap) {
                viewModel.zoomToProject(project);
            } else if (project != null) {
                viewModel.outline(project.area());
            } else if (old != null && old.area() != null && old.area() == viewModel.highlightProperty().get()) {
                viewModel.outline(null); // reloaded (saved, undone): the old outline would be stale
            }
        });
        viewModel.layers().selected().addListener((javafx.collections.ListChangeListener<
                de.netzatlas.map.layer.FeatureHit>) c -> viewModel.layers().selectedProject().ifPresent(this::selectFromMap));
    }

    /** A project area clicked on the map: show the list and select its row, without flying anywhere. */
    private void selectFromMap(UUID id) {
        showList.run();
        select(id);
    }

    private void select(UUID id) {
        for (FibreProject p : list.table().getItems()) {
            if (p.id().equals(id)) {
                selectingFromMap = true;
                try {
                    list.table().getSelectionModel().select(p);
                    list.table().scrollTo(p);
                } finally {
                    selectingFromMap = false;
                }
                return;
            }
        }
    }

    public void openNew() {
        open(null);
    }

    void openEdit(FibreProject project) {
        open(project);
    }

    /** The open form's view model (null when no form is open); for tests. */
    ProjectFormViewModel form() {
        return form;
    }

    Stage formStage() {
        return formStage;
    }

    private void open(FibreProject project) {
        if (formStage != null) {
            formStage.toFront();
            return;
        }
        ProjectFormViewModel vm = viewModel.projectForm(project);
        ProjectFormView view = new ProjectFormView(vm, m);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle(project == null ? m.get("projectForm.title.new")
                : m.format("projectForm.title.edit", project.name()));
        Scene scene = new Scene(view, 1180, 780);
        if (owner.get() != null && owner.get().getScene() != null) {
            scene.getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        stage.setScene(scene);
        SecondaryWindows.guardUnsavedEdits(stage, vm.dirtyProperty()::get, m);
        view.cancel.setOnAction(e -> SecondaryWindows.requestClose(stage)); // also Esc: asks when edited
        view.save.setOnAction(e -> vm.save(saved -> {
            stage.close();
            viewModel.projectList().load(() -> select(saved.id()));
        }));
        view.draw.setOnAction(e -> draw(vm, stage));
        view.importArea.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("projectForm.area.import.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                vm.importArea(file.toPath(), view.areaError::setText);
            }
        });
        stage.setOnHidden(e -> {
            if (!drawing) {
                formStage = null;
                form = null;
            }
        });
        formStage = stage;
        form = vm;
        vm.load();
        stage.show();
    }

    /** Hides the form, shows the area (or the chosen Gemeinden) on the map and starts the editor. */
    private void draw(ProjectFormViewModel vm, Stage stage) {
        Geometry area = vm.area.get();
        vm.loadBorders(borders -> {
            focus(area, borders);
            drawing = true;
            stage.hide();
            mapPane.areaEditor().start(area, borders, drawn -> {
                drawing = false;
                vm.area.set(drawn);
                stage.show();
            }, () -> {
                drawing = false;
                stage.show();
            });
        });
    }

    private void focus(Geometry area, List<Geometry> borders) {
        Envelope e = new Envelope();
        if (area != null) {
            e.expandToInclude(area.getEnvelopeInternal());
        } else {
            borders.forEach(b -> e.expandToInclude(b.getEnvelopeInternal()));
        }
        if (e.isNull()) {
            return;
        }
        double dLat = Math.max(e.getHeight() * 0.15, 0.02);
        double dLon = Math.max(e.getWidth() * 0.15, 0.03);
        viewModel.zoomTargetProperty().set(new GeoBounds(e.getMinY() - dLat, e.getMinX() - dLon,
                e.getMaxY() + dLat, e.getMaxX() + dLon));
    }

    /** Glasfaser → Zeitplan: the timeline of the projects the list shows, in its own window. */
    public void showTimeline() {
        if (timelineStage != null) {
            timelineStage.toFront();
            return;
        }
        ProjectTimelineView view = new ProjectTimelineView(list.table().getItems(), m);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle(m.get("timeline.title"));
        stage.setScene(new Scene(view, 1200, 700));
        stage.setOnHidden(e -> timelineStage = null);
        SecondaryWindows.closeOnEscape(stage);
        timelineStage = stage;
        stage.show();
    }

    Stage timelineStage() {
        return timelineStage;
    }

    Optional<AreaEditor> editor() {
        return Optional.of(mapPane.areaEditor());
    }
}
