package de.netzatlas.map.layer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gluonhq.maps.MapLayer;

import de.netzatlas.map.MapViewport;
import de.netzatlas.map.WebMercator;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.stage.Screen;

/**
 * Puts a {@link LayerManager} on a Gluon map: one Gluon layer holding one {@link Canvas} per
 * feature layer (never one node per feature), in the manager's order. Pan and zoom redraw every
 * canvas; a change to one layer redraws only its canvas. Listens to the manager on the FX thread.
 */
public final class LayerStack extends MapLayer {

    private final LayerManager manager;
    private final Map<FeatureLayer, Canvas> canvases = new LinkedHashMap<>();
    private final Map<FeatureLayer, FxMapPainter> painters = new LinkedHashMap<>();
    private final Set<FeatureLayer> dirty = new HashSet<>();
    private MapViewport viewport;
    private MapViewport painted;
    private java.util.function.Consumer<MapViewport> onViewport = v -> { };

    public LayerStack(LayerManager manager) {
        this.manager = manager;
        setMouseTransparent(true);
        manager.addListener((change, layer) -> {
            switch (change) {
                case LAYERS -> rebuild();
                case LAYER -> dirty.add(layer);
                case SELECTION -> dirty.addAll(canvases.keySet());
            }
            markDirty();
        });
        rebuild();
    }

    private void rebuild() {
        List<FeatureLayer> layers = manager.layers();
        canvases.keySet().retainAll(layers);
        painters.keySet().retainAll(layers);
        for (FeatureLayer layer : layers) {
            canvases.computeIfAbsent(layer, l -> {
                Canvas c = new Canvas();
                c.setId("layerCanvas-" + l.id());
                c.setMouseTransparent(true);
                return c;
            });
        }
        getChildren().setAll(layers.stream().map(canvases::get).toList());
        dirty.addAll(layers);
        painted = null;
    }

    /** Told (on the FX thread) whenever the viewport changes, e.g. to redraw a scale bar. */
    public void setOnViewport(java.util.function.Consumer<MapViewport> listener) {
        onViewport = listener;
    }

    /** The viewport of the last layout: Gluon's projection read back through two map points. */
    public MapViewport viewport() {
        return viewport;
    }

    @Override
    protected void layoutLayer() {
        Parent parent = getParent();
        double w = parent instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
        double h = parent instanceof javafx.scene.layout.Region r ? r.getHeight() : 0;
        if (w <= 0 || h <= 0 || getScene() == null) {
            return;
        }
        Point2D a = getMapPoint(52.0, 11.0);
        Point2D b = getMapPoint(51.0, 12.0);
        if (a == null || b == null) {
            return;
        }
        double scale = (b.getX() - a.getX()) / (WebMercator.worldX(12.0) - WebMercator.worldX(11.0));
        double zoom = Math.log(scale / WebMercator.TILE_SIZE) / Math.log(2);
        double pixelScale = getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX()
                : Screen.getPrimary().getOutputScaleX();
        viewport = new MapViewport(zoom, WebMercator.worldX(11.0) - a.getX() / scale,
                WebMercator.worldY(52.0) - a.getY() / scale, w, h, pixelScale);
        boolean all = !viewport.equals(painted);
        painted = viewport;
        if (all) {
            onViewport.accept(viewport);
        }
        for (Map.Entry<FeatureLayer, Canvas> e : canvases.entrySet()) {
            FeatureLayer layer = e.getKey();
            Canvas canvas = e.getValue();
            if (!all && !dirty.contains(layer)) {
                continue;
            }
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
            }
            FxMapPainter p = painters.computeIfAbsent(layer,
                    l -> new FxMapPainter(canvas.getGraphicsContext2D(), pixelScale));
            p.clear(w, h);
            layer.paint(p, viewport);
        }
        dirty.clear();
    }

    /** Repaints now (used by the benchmark to time one full redraw). */
    public void redrawAll() {
        painted = null;
        layoutLayer();
    }
}
