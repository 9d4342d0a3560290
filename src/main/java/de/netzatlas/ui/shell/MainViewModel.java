package de.netzatlas.ui.shell;

import java.time.format.DateTimeFormatter;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.RegisterDemo;
import de.netzatlas.common.Messages;
import de.netzatlas.region.DataStand;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.fibre.ProjectFormViewModel;
import de.netzatlas.ui.common.TaskFailure;
import de.netzatlas.ui.fibre.ProjectListViewModel;
import de.netzatlas.ui.map.BasemapViewModel;
import de.netzatlas.ui.map.MapLayersViewModel;
import de.netzatlas.ui.mobile.MobileViewModel;
import de.netzatlas.ui.region.CoverageDetailViewModel;
import de.netzatlas.ui.region.CoverageMapViewModel;
import de.netzatlas.ui.region.RegionDetailViewModel;
import de.netzatlas.ui.region.RegionDetails;
import de.netzatlas.ui.region.RegionNavigatorViewModel;
import de.netzatlas.ui.registers.RegistersViewModel;
import de.netzatlas.ui.report.ReportViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: the selected region (shared by navigator, map and detail panel), the
 * outline to highlight, where the map should fly to, and the status bar texts.
 */
public final class MainViewModel implements de.netzatlas.ui.map.MapPane.Host,
        de.netzatlas.ui.region.RegionNavigatorView.Host, de.netzatlas.ui.fibre.ProjectScreens.Host {

    private final AppServices services;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final RegionNavigatorViewModel navigator;
    private final RegionDetailViewModel detail;
    private final BasemapViewModel basemap;
    private final MapLayersViewModel layers;

    private final ObjectProperty<Region> selectedRegion = new SimpleObjectProperty<>();
    private final ObjectProperty<Geometry> highlight = new SimpleObjectProperty<>();
    private final ObjectProperty<GeoBounds> zoomTarget = new SimpleObjectProperty<>();
    private final StringProperty statusDatabase = new SimpleStringProperty("");
    private final StringProperty statusStand = new SimpleStringProperty("");
    private final StringProperty statusDemo = new SimpleStringProperty("");
    private final ProjectListViewModel projectList;
    private final CoverageMapViewModel coverageMap;
    private final CoverageDetailViewModel coverageDetail;
    private final RegistersViewModel registers;
    private final MobileViewModel mobile;
    private final UndoViewModel undo;
    private final WindowLayoutViewModel layout;

    public MainViewModel(AppServices services, Messages messages, BackgroundExecutor executor) {
        this.services = services;
        this.messages = messages;
        this.executor = executor;
        RegionService regions = services.regions();
        this.navigator = new RegionNavigatorViewModel(regions, messages, executor);
        this.detail = new RegionDetailViewModel(regions, messages, executor);
        this.basemap = new BasemapViewModel(services.basemaps(), messages, executor);
        this.layers = new MapLayersViewModel(services.regions(), services.settings(), services::userName,
                services::createBasemap, messages, executor);
        this.projectList = new ProjectListViewModel(services.projects(), executor,
                ags -> regions.byAgs(ags).map(de.netzatlas.region.Region::name).orElse(ags));
        this.coverageMap = new CoverageMapViewModel(services.regions(), services.coverage(), services.settings(),
                services::userName, messages, executor, layers);
        this.coverageDetail = new CoverageDetailViewModel(services.regions(), messages, executor, coverageMap, selectedRegion);
        this.registers = new RegistersViewModel(layers, zoomTarget::set, services.schools(), services.sites(), regions,
                messages, executor);
        this.mobile = new MobileViewModel(services.mobile(), regions, executor, messages);
        this.undo = new UndoViewModel(services.undo(), executor, messages.get("task.undo"))
                .reloadAfter(services.projects(), done -> projectList.load())
                .reloadAfter(services.schools(), done -> registers.load())
                .reloadAfter(services.sites(), done -> registers.load())
                .reloadAfter(services.mobile().sites(), mobile::undone);
        this.layout = new WindowLayoutViewModel(services.settings(), services::userName, executor, messages);
        statusDatabase.set(messages.format("status.database", services.database().file()));
        statusStand.set(messages.get("status.loading"));
        selectedRegion.addListener((obs, old, region) -> onSelected(region));
        projectList.all().addListener((javafx.collections.ListChangeListener<de.netzatlas.fibre.FibreProject>) c ->
                layers.showProjects(projectList.all()));
    }

    public void load() {
        layout.load();
        refreshDemoStatus();
        navigator.load();
        basemap.load();
        layers.load();
        coverageMap.load();
        projectList.load();
        registers.load();
        executor.submit(messages.get("task.stand"), p -> {
            RegionService regions = services.regions();
            DateTimeFormatter date = RegionDetails.DATE;
            DataStand population = regions.dataStand(DataStand.POPULATION).orElse(null);
            DataStand boundaries = regions.dataStand(DataStand.BOUNDARIES).orElse(null);
            if (population == null || boundaries == null) {
                return "";
            }
            return messages.format("status.stand", date.format(population.referenceDate()),
                    "Destatis GV-ISys", date.format(boundaries.referenceDate()));
        }, statusStand::set, this::showFailure);
    }

    /** A failure of the window's own reads has its place in the status line. */
    private void showFailure(TaskFailure failure) {
        statusStand.set(messages.format("status.error", failure.message()));
    }

    /** Selection from the navigator or the search: highlight and fly there. */
    @Override
    public void selectAndZoom(Region region) {
        selectedRegion.set(region);
        if (region != null) {
            zoomTarget.set(region.bounds());
        }
    }

    /** A click on the map: select the Gemeinde under the cursor (nothing outside the Land). */
    @Override
    public void selectAt(double lat, double lon) {
        executor.submit(messages.get("task.regionAt"), p -> services.regions().regionAt(lat, lon).orElse(null),
                region -> {
                    if (region != null) {
                        selectedRegion.set(region);
                    }
                }, this::showFailure);
    }

    public void zoomToLand() {
        executor.submit(messages.get("task.land"), p -> services.regions().land(),
                land -> zoomTarget.set(land.bounds()), this::showFailure);
    }

    /** Zooms to the selected features if there are any, else to the selected region. */
    public void zoomToSelection() {
        var features = layers.selectionBounds();
        if (features.isPresent()) {
            zoomTarget.set(features.get());
            return;
        }
        Region region = selectedRegion.get();
        if (region != null) {
            zoomTarget.set(region.bounds());
        }
    }

    private void onSelected(Region region) {
        detail.show(region);
        if (region == null) {
            highlight.set(null);
            return;
        }
        executor.submit(messages.get("task.boundary"), p -> services.regions().boundary(region.ags()).orElse(null),
                geometry -> {
                    if (region.equals(selectedRegion.get())) {
                        highlight.set(geometry);
                    }
                }, f -> {
                    highlight.set(null);
                    showFailure(f);
                });
    }

    @Override
    public RegionNavigatorViewModel navigator() {
        return navigator;
    }

    @Override
    public MapLayersViewModel layers() {
        return layers;
    }

    /** A place or region chosen in the map's search box: regions are selected, places flown to. */
    @Override
    public void goTo(de.netzatlas.region.PlaceSearch.Match match) {
        if (match.bounds() != null) {
            services.regions().byAgs(match.ags()).ifPresentOrElse(this::selectAndZoom,
                    () -> zoomTarget.set(match.bounds()));
        } else {
            zoomTarget.set(new GeoBounds(match.lat() - 0.06, match.lon() - 0.1, match.lat() + 0.06,
                    match.lon() + 0.1));
        }
    }

    public RegionDetailViewModel detail() {
        return detail;
    }

    public BasemapViewModel basemap() {
        return basemap;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    @Override
    public ObjectProperty<Region> selectedRegionProperty() {
        return selectedRegion;
    }

    @Override
    public ReadOnlyObjectProperty<Geometry> highlightProperty() {
        return highlight;
    }

    /** Set whenever the map should show a box; the map view resets it after flying there. */
    @Override
    public ObjectProperty<GeoBounds> zoomTargetProperty() {
        return zoomTarget;
    }

    public ReadOnlyStringProperty statusDatabaseProperty() {
        return statusDatabase;
    }

    /** "Demodaten" while synthetic demo records are in the database, else empty. */
    public ReadOnlyStringProperty statusDemoProperty() {
        return statusDemo;
    }

    /** Re-checks whether demo data are present (after loading or removing them). */
    public void refreshDemoStatus() {
        executor.submit(messages.get("task.demoStatus"),
                p -> services.demo().isPresent() || new RegisterDemo(services).isPresent(),
                present -> statusDemo.set(present ? messages.get("fibre.demoData") : ""), this::showFailure);
    }

    public ReadOnlyStringProperty statusStandProperty() {
        return statusStand;
    }

    /** The report window's view model (the report service is created on first use, off the FX thread). */
    public ReportViewModel report() {
        int lastYear = java.time.LocalDate.now(services.clock()).getYear() - 1;
        return new ReportViewModel(services::report, services::reportEditions, de.netzatlas.report.ReportPrinter.system(), services::userName,
                executor, messages,
                lastYear);
    }

    /** The form for {@code project}, or for a new project when it is null. */
    @Override
    public ProjectFormViewModel projectForm(de.netzatlas.fibre.FibreProject project) {
        return new ProjectFormViewModel(services.projects(), services.regions(), executor, messages, project);
    }

    @Override
    public Messages messages() {
        return messages;
    }

    /** The import wizard's view model (Datei → Importieren …). */
    public de.netzatlas.ui.exchange.ImportViewModel importWizard() {
        return new de.netzatlas.ui.exchange.ImportViewModel(services.exchange(), executor, messages);
    }

    /** The export dialog's view model (Datei → Exportieren …). */
    public de.netzatlas.ui.exchange.ExportViewModel exportDialog() {
        return new de.netzatlas.ui.exchange.ExportViewModel(services.exchange(), executor, messages);
    }

    /** The export sources of the lists' "Exportieren …" (by id; no database work). */
    public java.util.function.Function<String, java.util.Optional<de.netzatlas.exchange.ExportSource>> exportSources() {
        return services.exchange()::exportSource;
    }

    /** Glasfaser → Prognose. */
    public de.netzatlas.ui.fibre.ProjectionViewModel projection() {
        return new de.netzatlas.ui.fibre.ProjectionViewModel(services.outlook(), services.regions(), messages, executor);
    }

    /** The database file, for the about dialog. */
    public java.nio.file.Path databaseFile() {
        return services.database().file();
    }

    public AppServices services() {
        return services;
    }

    /** Indicator, stand and level of the coverage choropleth. */
    public CoverageMapViewModel coverageMap() {
        return coverageMap;
    }

    public CoverageDetailViewModel coverageDetail() {
        return coverageDetail;
    }

    /** Schulen ans Netz and ITN-XT sites: lists and map layers. */
    public RegistersViewModel registers() {
        return registers;
    }

    /** 5G/Mobilfunk: list, KPIs and map layers. */
    public MobileViewModel mobile() {
        return mobile;
    }

    /** Side panels, dividers and window size, remembered between starts. */
    public WindowLayoutViewModel layout() {
        return layout;
    }

    /** Bearbeiten → Rückgängig: the newest change of the session, whichever screen made it. */
    public UndoViewModel undo() {
        return undo;
    }

    @Override
    public ProjectListViewModel projectList() {
        return projectList;
    }

    /** Outlines an area on the map without moving it (null clears the outline). */
    @Override
    public void outline(Geometry area) {
        highlight.set(area);
    }

    /** Outlines a project's area and zooms there (with some surroundings); areas-less projects stay put. */
    @Override
    public void zoomToProject(de.netzatlas.fibre.FibreProject project) {
        project.areaIfAny().ifPresent(area -> {
            highlight.set(area);
            org.locationtech.jts.geom.Envelope e = area.getEnvelopeInternal();
            double dLat = Math.max(e.getHeight() * 0.2, 0.04);
            double dLon = Math.max(e.getWidth() * 0.2, 0.06);
            zoomTarget.set(new GeoBounds(e.getMinY() - dLat, e.getMinX() - dLon, e.getMaxY() + dLat,
                    e.getMaxX() + dLon));
        });
    }
}
