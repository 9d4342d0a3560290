package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.map.MapViewport;

/**
 * The ordered stack of feature layers (index 0 is drawn first, the last one lies on top) and the
 * current selection across them, modelled on JOSM's {@code LayerManager}.
 *
 * <p><b>Threading contract.</b> A manager and its layers are confined to one thread: in the window
 * the JavaFX application thread, in a headless command the command's thread. Every mutation
 * (add, remove, move, visibility, opacity, data, selection) happens there, and listeners are
 * called synchronously on that thread, after the change. Layer data is prepared elsewhere as an
 * immutable snapshot (e.g. {@link PointLayer#prepare}) and swapped in with one call, which fires
 * one event. Between {@link #beginUpdate()} and {@link #endUpdate()} events are collected and a
 * single {@link Change#LAYERS} event is fired at the end (bulk loads, restoring saved state).
 */
public final class LayerManager {

    public enum Change { LAYERS, LAYER, SELECTION }

    /** Told about changes, on the manager's thread; {@code layer} is null for LAYERS/SELECTION. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change, FeatureLayer layer);
    }

    private final List<FeatureLayer> layers = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private int updateDepth;
    private boolean pending;

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Adds on top. */
    public void add(FeatureLayer layer) {
        if (byId(layer.id()).isPresent()) {
            throw new IllegalArgumentException("Ebene " + layer.id() + " ist schon vorhanden");
        }
        layer.owner = this;
        layers.add(layer);
        fire(Change.LAYERS, null);
    }

    public void remove(FeatureLayer layer) {
        if (layers.remove(layer)) {
            layer.owner = null;
            fire(Change.LAYERS, null);
        }
    }

    /** Moves a layer to a new index (0 = bottom), clamped. */
    public void move(FeatureLayer layer, int index) {
        int from = layers.indexOf(layer);
        int to = Math.max(0, Math.min(layers.size() - 1, index));
        if (from >= 0 && from != to) {
            layers.remove(from);
            layers.add(to, layer);
            fire(Change.LAYERS, null);
        }
    }

    /** Bottom to top. */
    public List<FeatureLayer> layers() {
        return List.copyOf(layers);
    }

    public Optional<FeatureLayer> byId(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public void beginUpdate() {
        updateDepth++;
    }

    public void endUpdate() {
        if (updateDepth == 0) {
            throw new IllegalStateException("endUpdate ohne beginUpdate");
        }
        if (--updateDepth == 0 && pending) {
            pending = false;
            fire(Change.LAYERS, null);
        }
    }

    void fire(Change change, FeatureLayer layer) {
        if (updateDepth > 0) {
            pending = true;
            return;
        }
        for (Listener l : listeners) {
            l.changed(change, layer);
        }
    }

    /** The topmost visible feature under the screen point. */
    public Optional<FeatureHit> hit(MapViewport viewport, double x, double y, double tolerance) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<FeatureHit> hit = layers.get(i).hit(viewport, x, y, tolerance);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** All visible features of the given layers inside a screen rectangle. */
    public List<FeatureHit> hitsIn(MapViewport viewport, Envelope screenRect, Collection<FeatureLayer> among) {
        List<FeatureHit> hits = new ArrayList<>();
        for (FeatureLayer layer : layers) {
            if (among.contains(layer)) {
                hits.addAll(layer.hitsIn(viewport, screenRect));
            }
        }
        return hits;
    }

    /** Replaces the selection (empty list clears it); one SELECTION event. */
    public void select(List<FeatureHit> hits) {
        Map<String, Set<String>> byLayer = new HashMap<>();
        for (FeatureHit h : hits) {
            byLayer.computeIfAbsent(h.layerId(), k -> new HashSet<>()).add(h.featureId());
        }
        for (FeatureLayer layer : layers) {
            layer.setSelection(byLayer.getOrDefault(layer.id(), Set.of()));
        }
        fire(Change.SELECTION, null);
    }

    /** Bounding box (lon/lat) of everything selected, for "zoom to selection". */
    public Optional<Envelope> selectionBounds() {
        Envelope all = new Envelope();
        for (FeatureLayer layer : layers) {
            if (!layer.selection().isEmpty()) {
                layer.geoBounds(layer.selection()).ifPresent(all::expandToInclude);
            }
        }
        return all.isNull() ? Optional.empty() : Optional.of(all);
    }

    /** Paints all visible layers, bottom to top. */
    public void paint(MapPainter painter, MapViewport viewport) {
        for (FeatureLayer layer : layers) {
            layer.paint(painter, viewport);
        }
    }
}
