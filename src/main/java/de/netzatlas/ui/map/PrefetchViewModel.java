package de.netzatlas.ui.map;

import java.text.NumberFormat;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.common.Messages;
import de.netzatlas.map.OnlineTileSource;
import de.netzatlas.map.TilePrefetch;
import de.netzatlas.ui.common.BackgroundExecutor;
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
 * progress and cancel. Progress arrives through {@code ui} (the FX thread in the app).
 */
public final class PrefetchViewModel {

    private final OnlineTileSource source;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final Executor ui;
    private final Envelope area;

    private final IntegerProperty minZoom = new SimpleIntegerProperty();
    private final IntegerProperty maxZoom = new SimpleIntegerProperty();
    private final ObjectProperty<TilePrefetch.Plan> plan = new SimpleObjectProperty<>();
    private final StringProperty estimate = new SimpleStringProperty("");
    private final BooleanProperty canStart = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public PrefetchViewModel(OnlineTileSource source, Envelope area, int currentZoom, Messages messages,
                             BackgroundExecutor executor, Executor ui) {
        this.source = source;
        this.area = area;
        this.messages = messages;
        this.executor = executor;
        this.ui = ui;
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
        executor.run(() -> new TilePrefetch(source).plan(area, from, to), p -> {
            plan.set(p);
            estimate.set(messages.format("prefetch.estimate", p.tiles(), p.alreadyCached(), p.toDownload(),
                    megabytes(p.estimatedBytes())));
            if (!p.allowed() || !keepStatus) {
                status.set(p.allowed() ? "" : p.refusal());
            }
            canStart.set(p.allowed() && p.toDownload() > 0 && !running.get());
        }, e -> status.set(messages.format("prefetch.error", e.getMessage())));
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
        cancelled.set(false);
        running.set(true);
        canStart.set(false);
        progress.set(0);
        executor.run(() -> new TilePrefetch(source).run(p,
                (done, total) -> ui.execute(() -> {
                    progress.set((double) done / total);
                    status.set(messages.format("prefetch.progress", done, total));
                }), cancelled::get), result -> {
                    running.set(false);
                    status.set(result.cancelled()
                            ? messages.format("prefetch.cancelled", result.downloaded())
                            : messages.format("prefetch.done", result.downloaded(), result.skipped(), result.failed()));
                    estimate(true);
                }, e -> {
                    running.set(false);
                    status.set(messages.format("prefetch.error", e.getMessage()));
                });
    }

    public void cancel() {
        cancelled.set(true);
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
