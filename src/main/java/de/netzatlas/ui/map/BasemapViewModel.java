package de.netzatlas.ui.map;

import java.nio.file.Path;

import de.netzatlas.common.Messages;
import de.netzatlas.map.BasemapService;
import de.netzatlas.map.MbtilesReader;
import de.netzatlas.map.OsmTilePolicy;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Karte" menu's state: which basemap is shown, the MBTiles file, the attribution the map
 * must show for it, a status line, and an error for the view to show. Switching happens off the
 * FX thread; {@link #revisionProperty()} tells the map to load its tiles again.
 */
public final class BasemapViewModel {

    private final BasemapService service;
    private final Messages messages;
    private final BackgroundExecutor executor;

    private final ObjectProperty<BasemapService.Kind> kind = new SimpleObjectProperty<>(BasemapService.Kind.BUILTIN);
    private final StringProperty mbtilesName = new SimpleStringProperty("");
    private final StringProperty attribution = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<java.util.function.BiConsumer<java.awt.Graphics2D, de.netzatlas.map.MapViewport>> labelOverlay =
            new SimpleObjectProperty<>();

    public BasemapViewModel(BasemapService service, Messages messages, BackgroundExecutor executor) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        kind.set(BasemapService.Kind.BUILTIN);
        attribution.set(messages.get("map.attribution"));
        executor.submit(messages.get("basemap.task.load"), t -> shown(null), this::show, this::failed);
        refreshLabelOverlay();
    }

    /** What the menu and the status line show of the basemap, read off the FX thread (settings). */
    private record Shown(BasemapService.Kind kind, String mbtilesName, String attribution, String status) {
    }

    /** Shows what {@code activateSaved()} chose at start, and why not the remembered one, if so. */
    public void load() {
        executor.submit(messages.get("basemap.task.load"), t -> shown(service.savedProblem().orElse(null)), this::show,
                this::failed);
    }

    public void useBuiltin() {
        switchTo(service::useBuiltin);
    }

    public void openMbtiles(Path file) {
        switchTo(() -> service.useMbtiles(file));
    }

    /** Back to the MBTiles file shown before (remembered in the settings). */
    public void useMbtilesAgain() {
        service.mbtiles().map(MbtilesReader::file).ifPresent(this::openMbtiles);
    }

    public void useOnline(String template) {
        switchTo(() -> service.useOnline(template));
    }

    /** The online basemap from the remembered server. */
    public void useRememberedOnline() {
        switchTo(() -> service.useOnline(service.onlineTemplate()));
    }

    /** Reads the remembered tile server (a setting) off the FX thread and hands it to {@code show}. */
    public void loadOnlineTemplate(java.util.function.Consumer<String> show) {
        executor.submit(messages.get("task.basemap.server"), t -> service.onlineTemplate(), show, this::failed);
    }

    private void switchTo(BackgroundExecutor.Action change) {
        executor.submit(messages.get("basemap.task.switch"), t -> {
            change.run();
            return shown(null);
        }, now -> {
            show(now);
            revision.set(revision.get() + 1);
            refreshLabelOverlay();
        }, this::failed);
    }

    /**
     * The names to draw above the data layers (only while the built-in basemap is shown), else
     * null. Building the built-in basemap reads the regions from the database, so it is prepared
     * off the FX thread and arrives here after each switch.
     */
    public ReadOnlyObjectProperty<java.util.function.BiConsumer<java.awt.Graphics2D, de.netzatlas.map.MapViewport>> labelOverlayProperty() {
        return labelOverlay;
    }

    private void refreshLabelOverlay() {
        executor.submit(messages.get("basemap.task.labels"), t -> service.labelOverlay().orElse(null), labelOverlay::set, this::failed);
    }

    private void failed(TaskFailure f) {
        error.set(f.message());
    }

    private Shown shown(String problem) {
        BasemapService.Kind k = service.kind();
        String name = service.mbtiles().map(MbtilesReader::title).orElse("");
        String base = messages.get("map.attribution");
        return switch (k) {
            case MBTILES -> {
                String extra = service.mbtiles().map(r -> r.attribution().replaceAll("<[^>]*>", "").strip())
                        .orElse("");
                yield new Shown(k, name, extra.isEmpty() ? base : extra + " · " + base,
                        messages.format("basemap.status.mbtiles", name));
            }
            case ONLINE -> {
                String template = service.onlineTemplate();
                boolean osm = OsmTilePolicy.isOsmServer(template);
                yield new Shown(k, name, osm ? messages.get("attribution.osm") + " · " + base : base,
                        messages.format("basemap.status.online", hostOf(template)));
            }
            default -> new Shown(k, name, base, problem == null ? messages.get("basemap.status.builtin")
                    : messages.format("basemap.status.fallback", problem));
        };
    }

    private void show(Shown now) {
        kind.set(now.kind());
        mbtilesName.set(now.mbtilesName());
        attribution.set(now.attribution());
        status.set(now.status());
    }

    static String hostOf(String template) {
        String rest = template.replaceFirst("^[a-zA-Z]+://", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    public ObjectProperty<BasemapService.Kind> kindProperty() {
        return kind;
    }

    public StringProperty mbtilesNameProperty() {
        return mbtilesName;
    }

    public StringProperty attributionProperty() {
        return attribution;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** A German message to show in a dialog; the view resets it to null after showing it. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Increases whenever the basemap changed and the map should load its tiles again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** The folder of the MBTiles file shown or last shown, where the file chooser starts. */
    public java.util.Optional<Path> mbtilesFolder() {
        return service.mbtiles().map(r -> r.file().toAbsolutePath().getParent());
    }

    /**
     * The view model of "Bereich offline verfügbar machen" for {@code area} and {@code zoom}: the online
     * source comes from the settings, so it is read off the FX thread and handed to {@code open}.
     */
    public void prefetch(org.locationtech.jts.geom.Envelope area, int zoom,
                         java.util.function.Consumer<PrefetchViewModel> open,
                         java.util.function.Consumer<TaskFailure> failed) {
        String what = messages.get("task.basemap.prefetch");
        executor.submit(what, t -> service.onlineSource(), source -> {
            PrefetchViewModel vm;
            try {
                vm = new PrefetchViewModel(source, area, zoom, messages, executor);
            } catch (IllegalArgumentException e) { // our own German text (OnlineTileSource)
                failed.accept(new TaskFailure(what, e.getMessage(), e));
                return;
            }
            open.accept(vm);
        }, failed);
    }
}
