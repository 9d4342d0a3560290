package de.netzatlas.ui.map;

import java.text.NumberFormat;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.common.Messages;
import de.netzatlas.map.OnlineTileSource;
import de.netzatlas.map.TilePrefetch;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Bereich offline verfügbar machen": the area and zoom range, the estimate shown before anything
 * is downloaded (or why the OSM servers refuse it), then the download as a background task with
 * progress and cancel through the task's handle.
 */
public final class PrefetchViewModel {

    private final OnlineTileSource source;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final Envelope area;

    private final IntegerProperty minZoom = new SimpleIntegerProperty();
    private final IntegerProperty maxZoom = new SimpleIntegerProperty();
    private final ObjectProperty<TilePrefetch.Plan> plan = new SimpleObjectProperty<>();
    private final StringProperty estimate = new SimpleStringProperty("");
    private final BooleanProperty canStart = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private TaskHandle task;

    public PrefetchViewModel(OnlineTileSource source, Envelope area, int currentZoom, Messages messages,
                             BackgroundExecutor executor) {
        this.source = source;
        this.area = area;
        this.messages = messages;
        this.executor = executor;
        minZoom.set(Math.max(5, Math.min(16, currentZoom)));
        maxZoom.set(Math.max(5, Math.min(16, currentZoom + 2)));
    }

    /** Counts the tiles and estimates the size (or states the OSM refusal). */
    public void estimate() {
        estimate(false);
    }

    private void estimate(boolean keepStatus) {
        int from = Math.min(minZoom.get(), maxZoom.get());
        int to = Math.max(minZoom.get(), maxZoom.get());
        canStart.set(false);
        executor.submit(messages.get("prefetch.task.estimate"), t -> new TilePrefetch(source).plan(area, from, to), p -> {
            plan.set(p);
            estimate.set(messages.format("prefetch.estimate", p.tiles(), p.alreadyCached(), p.toDownload(),
                    megabytes(p.estimatedBytes())));
            if (!p.allowed() || !keepStatus) {
                status.set(p.allowed() ? "" : p.refusal());
            }
            canStart.set(p.allowed() && p.toDownload() > 0 && !running.get());
        }, f -> status.set(messages.format("prefetch.error", f.message())));
    }

    private String megabytes(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(bytes / 1_000_000.0) + " MB";
    }

    /** Downloads in the background; progress and the result arrive through the properties. */
    public void start() {
        TilePrefetch.Plan p = plan.get();
        if (p == null || !p.allowed() || running.get()) {
            return;
        }
        running.set(true);
        canStart.set(false);
        progress.unbind();
        progress.set(0);
        TaskHandle handle = executor.submit(messages.get("prefetch.task.download"),
                t -> new TilePrefetch(source).run(p, (done, total) -> {
                    t.update(done, total);
                    t.message(messages.format("prefetch.progress", done, total));
                }, t::cancelled), result -> {
                    running.set(false);
                    status.set(result.cancelled()
                            ? messages.format("prefetch.cancelled", result.downloaded())
                            : messages.format("prefetch.done", result.downloaded(), result.skipped(), result.failed()));
                    estimate(true);
                }, f -> {
                    running.set(false);
                    status.set(messages.format("prefetch.error", f.message()));
                });
        task = handle;
        progress.bind(handle.progressProperty());
        handle.messageProperty().addListener((o, was, now) -> {
            if (handle.runningProperty().get() && !now.isEmpty()) {
                status.set(now);
            }
        });
    }

    /** "Abbrechen": the download stops after the tile in hand; what is cached stays. */
    public void cancel() {
        TaskHandle t = task;
        if (t != null) {
            t.cancel();
        }
    }

    public String server() {
        return BasemapViewModel.hostOf(source.template());
    }

    public IntegerProperty minZoomProperty() {
        return minZoom;
    }

    public IntegerProperty maxZoomProperty() {
        return maxZoom;
    }

    public ObjectProperty<TilePrefetch.Plan> planProperty() {
        return plan;
    }

    public StringProperty estimateProperty() {
        return estimate;
    }

    public BooleanProperty canStartProperty() {
        return canStart;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
