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
        update(null);
        refreshLabelOverlay();
    }

    /** Shows what {@code activateSaved()} chose at start, and why not the remembered one, if so. */
    public void load() {
        executor.submit(messages.get("basemap.task.load"), t -> service.savedProblem().orElse(null), this::update, this::failed);
    }

    public void useBuiltin() {
        executor.submit(messages.get("basemap.task.switch"), t -> {
            service.useBuiltin();
            return null;
        }, this::changed, this::failed);
    }

    public void openMbtiles(Path file) {
        executor.submit(messages.get("basemap.task.switch"), t -> service.useMbtiles(file), r -> changed(null), this::failed);
    }

    /** Back to the MBTiles file shown before (remembered in the settings). */
    public void useMbtilesAgain() {
        service.mbtiles().map(MbtilesReader::file).ifPresent(this::openMbtiles);
    }

    public void useOnline(String template) {
        executor.submit(messages.get("basemap.task.switch"), t -> {
            service.useOnline(template);
            return null;
        }, this::changed, this::failed);
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

    public String onlineTemplate() {
        return service.onlineTemplate();
    }

    private void changed(Object ignored) {
        update(null);
        revision.set(revision.get() + 1);
        refreshLabelOverlay();
    }

    private void failed(TaskFailure f) {
        error.set(f.message());
    }

    private void update(String problem) {
        BasemapService.Kind k = service.kind();
        kind.set(k);
        String name = service.mbtiles().map(MbtilesReader::title).orElse("");
        mbtilesName.set(name);
        String base = messages.get("map.attribution");
        switch (k) {
            case MBTILES -> {
                String extra = service.mbtiles().map(r -> r.attribution().replaceAll("<[^>]*>", "").strip())
                        .orElse("");
                attribution.set(extra.isEmpty() ? base : extra + " · " + base);
                status.set(messages.format("basemap.status.mbtiles", name));
            }
            case ONLINE -> {
                boolean osm = OsmTilePolicy.isOsmServer(service.onlineTemplate());
                attribution.set(osm ? messages.get("attribution.osm") + " · " + base : base);
                status.set(messages.format("basemap.status.online", hostOf(service.onlineTemplate())));
            }
            default -> {
                attribution.set(base);
                status.set(problem == null ? messages.get("basemap.status.builtin")
                        : messages.format("basemap.status.fallback", problem));
            }
        }
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

    public BasemapService service() {
        return service;
    }
}
