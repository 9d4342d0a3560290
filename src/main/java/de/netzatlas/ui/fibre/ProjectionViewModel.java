package de.netzatlas.ui.fibre;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreOutlook;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.scenario.ProjectionPoint;
import de.netzatlas.scenario.ProjectionSeries;
import de.netzatlas.ui.common.BackgroundExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The projection window's state: computes the rollout projection up to {@value #UNTIL} off the FX
 * thread ({@link FibreOutlook}), offers the Land, the Kreise and the Gemeinden, and turns the chosen
 * one into the {@link ProjectionSeries} that chart and table show.
 */
public final class ProjectionViewModel {

    static final int UNTIL = 2030;

    /** A region to show: level and AGS as the projection knows them, and its name. */
    public record Area(ProjectionPoint.Level level, String ags, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private record Computed(Optional<FibreOutlook.Outlook> outlook, List<Area> areas) {
    }

    private final FibreOutlook outlook;
    private final RegionService regions;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectionSeries> series = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty demo = new SimpleBooleanProperty();
    private List<ProjectionPoint> points = List.of();

    public ProjectionViewModel(FibreOutlook outlook, RegionService regions, Messages messages,
                               BackgroundExecutor executor) {
        this.outlook = outlook;
        this.regions = regions;
        this.messages = messages;
        this.executor = executor;
        area.addListener((o, old, a) -> showArea(a));
    }

    /** Computes the projection; afterwards shows {@code initial} (AGS of a region) or the Land. */
    public void load(String initialAgs) {
        busy.set(true);
        status.set(messages.get("projection.computing"));
        executor.submit(messages.get("projection.task"), p -> new Computed(outlook.project(UNTIL), choices()), c -> {
            busy.set(false);
            if (c.outlook().isEmpty()) {
                status.set(messages.get("projection.empty"));
                return;
            }
            FibreOutlook.Outlook computed = c.outlook().get();
            points = computed.points();
            demo.set(computed.stand().demo());
            basis.set(messages.format("projection.basis", computed.stand().label()));
            status.set("");
            areas.setAll(c.areas());
            Area initial = c.areas().stream().filter(a -> a.ags().equals(initialAgs)).findFirst()
                    .orElse(c.areas().get(0));
            if (initial.equals(area.get())) {
                showArea(initial);
            } else {
                area.set(initial);
            }
        }, f -> {
            busy.set(false);
            status.set(messages.format("projection.error", f.message()));
        });
    }

    /** Land first, then the Kreise, then the Gemeinden (each by name, Gemeinden with their Kreis). */
    private List<Area> choices() {
        Collator collator = Collator.getInstance(messages.locale());
        List<Area> list = new ArrayList<>();
        Region land = regions.land();
        list.add(new Area(ProjectionPoint.Level.LAND, "15", land.name() + " (" + messages.get("projection.land") + ")"));
        regions.byLevel(RegionLevel.KREIS).stream().sorted(Comparator.comparing(Region::name, collator))
                .forEach(k -> list.add(new Area(ProjectionPoint.Level.KREIS, k.ags(), k.name() + " (" + k.type() + ")")));
        regions.byLevel(RegionLevel.GEMEINDE).stream().sorted(Comparator.comparing(Region::name, collator))
                .forEach(g -> list.add(new Area(ProjectionPoint.Level.GEMEINDE, g.ags(), g.name() + " – "
                        + g.parent().flatMap(regions::byAgs).map(Region::name).orElse(""))));
        return list;
    }

    private void showArea(Area a) {
        series.set(a == null || points.isEmpty() ? null : ProjectionSeries.of(points, a.level(), a.ags()));
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public ObjectProperty<ProjectionSeries> seriesProperty() {
        return series;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty basisProperty() {
        return basis;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }
}
