package de.netzatlas.ui.shell;

import org.controlsfx.control.StatusBar;

import de.netzatlas.app.Version;
import de.netzatlas.common.Messages;
import de.netzatlas.layers.RegisterLayers;
import de.netzatlas.map.GluonTileReset;
import de.netzatlas.ui.exchange.ExportDialog;
import de.netzatlas.ui.exchange.ExportViewModel;
import de.netzatlas.ui.exchange.ImportDialog;
import de.netzatlas.ui.exchange.ImportViewModel;
import de.netzatlas.ui.exchange.ListExport;
import de.netzatlas.ui.fibre.ProjectListView;
import de.netzatlas.ui.fibre.ProjectScreens;
import de.netzatlas.ui.fibre.ProjectionView;
import de.netzatlas.ui.fibre.ProjectionViewModel;
import de.netzatlas.ui.map.BasemapViewModel;
import de.netzatlas.ui.map.FeatureDetailView;
import de.netzatlas.ui.map.LayerPanelView;
import de.netzatlas.ui.map.MapPane;
import de.netzatlas.ui.mobile.MobileScreen;
import de.netzatlas.ui.region.CoverageDetailView;
import de.netzatlas.ui.region.CoverageToolbar;
import de.netzatlas.ui.region.RegionDetailView;
import de.netzatlas.ui.region.RegionNavigatorView;
import de.netzatlas.ui.registers.RegisterPanes;
import de.netzatlas.ui.report.ReportWindow;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import de.netzatlas.map.MapViewport;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The main window's layout: menu bar, navigator | map | details, status bar. Wires views to the
 * {@link MainViewModel}; holds no logic of its own.
 */
public final class MainWindow {

    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final MapPane mapPane;
    private final SplitPane centre = new SplitPane();
    private ProjectListView projectList;
    private ProjectScreens projectScreens;
    private RegisterPanes registerPanes;
    private final MobileScreen mobile;

    public MainWindow(MainViewModel viewModel) {
        this.viewModel = viewModel;
        Messages m = viewModel.messages();
        root.getStyleClass().add("main-window");
        RegionNavigatorView navigator = new RegionNavigatorView(viewModel);
        mapPane = new MapPane(viewModel);
        BasemapViewModel basemap = viewModel.basemap();
        mapPane.bindAttribution(basemap.attributionProperty());
        basemap.revisionProperty().addListener(o -> GluonTileReset.reload(mapPane.mapView()));
        basemap.labelOverlayProperty().addListener((o, old, overlay) -> mapPane.setLabelOverlay(overlay));
        mapPane.setLabelOverlay(basemap.labelOverlayProperty().get());
        root.setTop(menuBar(m));
        RegionDetailView detail = new RegionDetailView(viewModel.detail(), m);
        LayerPanelView layerPanel = new LayerPanelView(viewModel.layers(), m);
        WindowLayoutViewModel layout = viewModel.layout();
        SplitPane left = new SplitPane(navigator, layerPanel);
        left.setId("leftSplit");
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(layout.leftDividerProperty().get());
        SidePanels.bindDivider(left, layout.leftDividerProperty(), layout.loadedProperty());
        FeatureDetailView featureDetail = new FeatureDetailView(viewModel.layers(), m);
        CoverageDetailView coverageDetail = new CoverageDetailView(viewModel.coverageDetail(), m);
        VBox right = new VBox(detail, coverageDetail, featureDetail);
        right.setId("detailColumn");
        right.getStyleClass().add("detail-column");
        BorderPane mapColumn = new BorderPane();
        mapColumn.setMinWidth(300);
        javafx.scene.control.ScrollPane rightScroll = new javafx.scene.control.ScrollPane(right);
        rightScroll.setId("detailScroll");
        rightScroll.setFitToWidth(true);
        rightScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        rightScroll.getStyleClass().add("detail-scroll");
        left.setMinWidth(260); // wide enough for "Altmarkkreis Salzwedel (13)"
        // at least as wide as the Details need (the coverage table's columns do not wrap; English figures are wider)
        rightScroll.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(240, right.minWidth(-1) + 16),
                right.needsLayoutProperty()));
        SplitPane split = new SplitPane();
        split.setId("mainSplit");
        new SidePanels(split, left, mapColumn, rightScroll, layout);
        javafx.scene.control.Button showLeft = SidePanels.toggle("toggleLeft", layout.leftShownProperty(), true,
                m.get("layout.left.hide"), m.get("layout.left.show"), layout::toggleLeft);
        javafx.scene.control.Button showRight = SidePanels.toggle("toggleRight", layout.rightShownProperty(), false,
                m.get("layout.right.hide"), m.get("layout.right.show"), layout::toggleRight);
        // the toggles sit on the map's edges like drawer handles: they take no width from the bars
        javafx.scene.layout.StackPane mapArea = new javafx.scene.layout.StackPane(mapPane, showLeft, showRight);
        mapArea.setMinSize(0, 0);
        javafx.scene.layout.StackPane.setAlignment(showLeft, javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.StackPane.setAlignment(showRight, javafx.geometry.Pos.CENTER_RIGHT);
        mapColumn.setCenter(mapArea);
        CoverageToolbar mapTop = new CoverageToolbar(viewModel.coverageMap(), m);
        mapTop.getStyleClass().add("map-top");
        mapColumn.setTop(mapTop);
        // a short while after the last change of a panel, divider or the window size, the layout is remembered
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        settle.setOnFinished(e -> layout.save());
        layout.changesProperty().addListener(o -> {
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                settle.playFromStart();
            }
        });
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                settle.stop();
            } else {
                scene.windowProperty().addListener((w, was, now) -> {
                    if (now == null) {
                        settle.stop();
                    }
                });
            }
        });
        projectList = new ProjectListView(viewModel.projectList(), m);
        Function<Supplier<Window>, ListExport> exports = owner -> new ListExport(viewModel.exportSources(),
                viewModel.executor(), m, owner);
        projectScreens = new ProjectScreens(viewModel, exports.apply(() -> root.getScene().getWindow()), mapPane,
                projectList, () -> root.getScene().getWindow(), this::showProjects);
        registerPanes = new RegisterPanes(viewModel.registers(), m, exports, this::openPane);
        mobile = new MobileScreen(viewModel.mobile(), viewModel.layers(), viewModel.zoomTargetProperty()::set, exports,
                mapPane, m);
        mapPane.pointDrag().register(RegisterLayers.SCHOOLS, viewModel.registers()::moveSchool);
        mapPane.pointDrag().register(RegisterLayers.SITES, viewModel.registers()::moveSite);
        centre.setId("centreSplit");
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().add(split);
        SidePanels.bindDivider(centre, layout.centreDividerProperty(), layout.loadedProperty());
        root.setCenter(centre);
        root.setBottom(statusBar());
        MapKeys.install(root, mapPane, viewModel::zoomToLand);
    }

    private MenuBar menuBar(Messages m) {
        MenuItem exit = new MenuItem(m.get("menu.file.exit"));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> Platform.exit());
        MenuItem snapshot = new MenuItem(m.get("map.snapshot"));
        snapshot.setId("menuSnapshot");
        snapshot.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        snapshot.setOnAction(e -> saveSnapshot(m));
        MenuItem importData = new MenuItem(m.get("menu.file.import"));
        importData.setId("menuImport");
        importData.setOnAction(e -> {
            ImportViewModel vm = viewModel.importWizard();
            vm.setOnChanged(() -> {
                viewModel.coverageMap().load();
                viewModel.projectList().load();
                switch (String.valueOf(vm.targetIdProperty().get())) {
                    case "schools", "sites" -> viewModel.registers().load();
                    case "mobile" -> mobile.viewModel().load();
                    default -> { }
                }
            });
            ImportDialog.open(root.getScene().getWindow(), vm, m);
        });
        MenuItem exportData = new MenuItem(m.get("menu.file.export"));
        exportData.setId("menuExport");
        exportData.setOnAction(e -> ExportDialog.open(root.getScene().getWindow(), viewModel.exportDialog(), m));
        Menu file = new Menu(m.get("menu.file"), null, importData, exportData, new SeparatorMenuItem(), snapshot,
                new SeparatorMenuItem(), exit);

        MenuItem wholeLand = new MenuItem(m.get("menu.view.wholeLand"));
        wholeLand.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        wholeLand.setOnAction(e -> viewModel.zoomToLand());
        MenuItem zoomSelection = new MenuItem(m.get("menu.view.zoomSelection"));
        zoomSelection.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        zoomSelection.disableProperty().bind(viewModel.selectedRegionProperty().isNull()
                .and(Bindings.isEmpty(viewModel.layers().selected())));
        zoomSelection.setOnAction(e -> viewModel.zoomToSelection());
        CheckMenuItem leftPanel = new CheckMenuItem(m.get("menu.view.leftPanel"));
        leftPanel.setId("menuLeftPanel");
        leftPanel.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        leftPanel.selectedProperty().bindBidirectional(viewModel.layout().leftShownProperty());
        CheckMenuItem rightPanel = new CheckMenuItem(m.get("menu.view.rightPanel"));
        rightPanel.setId("menuRightPanel");
        rightPanel.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        rightPanel.selectedProperty().bindBidirectional(viewModel.layout().rightShownProperty());
        Menu view = new Menu(m.get("menu.view"), null, wholeLand, zoomSelection, new SeparatorMenuItem(), leftPanel,
                rightPanel);

        MenuItem sources = new MenuItem(m.get("menu.help.sources"));
        sources.setId("menuSources");
        sources.setOnAction(e -> DataSourcesDialog.show(root.getScene().getWindow(), m));
        MenuItem about = new MenuItem(m.get("menu.help.about"));
        about.setOnAction(e -> about(m));
        Menu help = new Menu(m.get("menu.help"), null, sources, about);
        help.setId("menuHelp");

        Menu map = new MapMenu(viewModel.basemap(), m, () -> root.getScene().getWindow(),
                mapPane.mapView()).build();
        Menu edit = new Menu(m.get("menu.edit"), null,
                new UndoAction(viewModel.undo(), () -> root.getScene()).menuItem(m));
        MenuItem projects = new MenuItem(m.get("menu.fibre.projects"));
        projects.setId("menuProjects");
        projects.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        projects.setOnAction(e -> toggleProjects());
        MenuItem newProject = new MenuItem(m.get("menu.fibre.newProject"));
        newProject.setId("menuNewProject");
        newProject.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newProject.setOnAction(e -> {
            showProjects();
            projectScreens.openNew();
        });
        MenuItem timeline = new MenuItem(m.get("menu.fibre.timeline"));
        timeline.setId("menuTimeline");
        timeline.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        timeline.setOnAction(e -> {
            showProjects();
            projectScreens.showTimeline();
        });
        MenuItem projection = new MenuItem(m.get("menu.fibre.projection"));
        projection.setId("menuProjection");
        projection.setOnAction(e -> openProjection());
        Menu fibre = new Menu(m.get("menu.fibre"), null, projects, newProject, timeline, new SeparatorMenuItem(),
                projection);
        fibre.setId("menuFibre");
        MenuItem createReport = new MenuItem(m.get("menu.report.create"));
        createReport.setId("menuReportCreate");
        createReport.setOnAction(e -> ReportWindow.show(root.getScene().getWindow(),
                viewModel.report(), m));
        MenuItem reportTexts = new MenuItem(m.get("menu.report.texts"));
        reportTexts.setOnAction(e -> ReportWindow.editTexts(root.getScene().getWindow(),
                viewModel.report(), m));
        Menu report = new Menu(m.get("menu.report"), null, createReport, reportTexts);
        report.setId("menuReport");
        MenuItem schools = new MenuItem(m.get("menu.registers.schools"));
        schools.setId("menuSchools");
        schools.setOnAction(e -> togglePane(registerPanes.schools()));
        MenuItem sites = new MenuItem(m.get("menu.registers.sites"));
        sites.setId("menuSites");
        sites.setOnAction(e -> togglePane(registerPanes.sites()));
        Menu registers = new Menu(m.get("menu.registers"), null, schools, sites);
        registers.setId("menuRegisters");
        MenuItem mobileSites = new MenuItem(m.get("menu.mobile.sites"));
        mobileSites.setId("menuMobileSites");
        mobileSites.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        mobileSites.setOnAction(e -> toggleMobile());
        Menu mobileMenu = new Menu(m.get("menu.mobile"), null, mobileSites);
        mobileMenu.setId("menuMobile");
        MenuBar bar = new MenuBar(file, edit, view, map, fibre, mobileMenu, registers, report, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Shows the project list below the map if it is hidden. */
    void showProjects() {
        if (!centre.getItems().contains(projectList)) {
            toggleProjects();
        }
    }

    public ProjectScreens projectScreens() {
        return projectScreens;
    }

    /** Shows or hides the project list below the map. */
    public void toggleProjects() {
        if (centre.getItems().remove(projectList)) {
            return;
        }
        showBelowMap(projectList);
        viewModel.projectList().load();
    }

    /** Glasfaser → Prognose: a window with chart and table, starting at the selected region. */
    public javafx.stage.Stage openProjection() {
        var region = viewModel.selectedRegionProperty().get();
        return ProjectionView.open(root.getScene().getWindow(),
                viewModel.projection(),
                viewModel.messages(), region == null ? null : region.ags());
    }

    /** Shows or hides a register list below the map. */
    public void togglePane(javafx.scene.Node pane) {
        if (!centre.getItems().remove(pane)) {
            openPane(pane);
            viewModel.registers().showLayerOf(pane == registerPanes.schools());
        }
    }

    /** Shows a register list below the map (if not shown yet). */
    void openPane(javafx.scene.Node pane) {
        if (!centre.getItems().contains(pane)) {
            showBelowMap(pane);
        }
    }

    /**
     * One list at a time below the map: opening a list replaces the one shown (each keeps its
     * filter), so no list is squeezed to a sliver under another.
     */
    private void showBelowMap(javafx.scene.Node list) {
        if (centre.getItems().size() > 1) {
            centre.getItems().remove(1, centre.getItems().size());
        }
        centre.getItems().add(list);
        centre.setDividerPositions(viewModel.layout().centreDividerProperty().get());
    }

    public RegisterPanes registerPanes() {
        return registerPanes;
    }

    /** Shows or hides the mobile site list below the map. */
    public void toggleMobile() {
        if (centre.getItems().remove(mobile.view())) {
            return;
        }
        showBelowMap(mobile.view());
        mobile.viewModel().showLayers();
        mobile.viewModel().load();
    }

    public MobileScreen mobileScreen() {
        return mobile;
    }

    public ProjectListView projectListView() {
        return projectList;
    }

    /** Asks for a PNG file and writes the current map view (twice the screen resolution) there. */
    private void saveSnapshot(Messages m) {
        MapViewport view = mapPane.layerStack().viewport();
        if (view == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("map.snapshot.title"));
        chooser.setInitialFileName("karte.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        MapViewport print = new MapViewport(view.zoom(), view.originWorldX(), view.originWorldY(), view.width(),
                view.height(), 2);
        viewModel.layers().exportView(print, file.toPath(), path -> info(m.format("map.snapshot.done", path)),
                f -> info(m.format("map.snapshot.error", file, f.message())));
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, DataSourcesDialog.closeButton(viewModel.messages()));
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.show();
    }

    private void about(Messages m) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                m.format("about.text", Version.current(), viewModel.databaseFile()),
                DataSourcesDialog.closeButton(m));
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(m.get("about.title"));
        alert.setHeaderText("Netzatlas");
        alert.showAndWait();
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        Label database = new Label();
        database.setId("statusDatabase");
        database.textProperty().bind(viewModel.statusDatabaseProperty());
        Label stand = new Label();
        stand.setId("statusStand");
        stand.textProperty().bind(viewModel.statusStandProperty());
        bar.setText("");
        Label demo = new Label();
        demo.setId("statusDemo");
        demo.getStyleClass().add("badge-demo");
        demo.textProperty().bind(viewModel.statusDemoProperty());
        demo.visibleProperty().bind(demo.textProperty().isNotEmpty());
        demo.managedProperty().bind(demo.visibleProperty());
        demo.setTooltip(new javafx.scene.control.Tooltip(viewModel.messages().get("fibre.demoData.hint")));
        bar.getLeftItems().addAll(database, demo);
        // on a narrow window the long texts give way (whole in their tooltips), the badges keep their text
        demo.setMinWidth(Label.USE_PREF_SIZE);
        for (Label l : new Label[] {database, stand}) {
            l.setMinWidth(60);
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(l.textProperty());
            l.setTooltip(tip);
        }
        Label basemap = new Label();
        basemap.setId("statusBasemap");
        basemap.textProperty().bind(viewModel.basemap().statusProperty());
        basemap.setMinWidth(Label.USE_PREF_SIZE);
        bar.getRightItems().addAll(new Separator(Orientation.VERTICAL), basemap, new Separator(Orientation.VERTICAL),
                stand);
        return bar;
    }

    public Parent root() {
        return root;
    }

    public MapPane mapPane() {
        return mapPane;
    }

    /** Loads the data and shows the whole Land. */
    public void start() {
        viewModel.load();
        viewModel.zoomToLand();
    }
}
