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
    private final Canvas labelCanvas = new Canvas();
    private java.util.function.BiConsumer<java.awt.Graphics2D, MapViewport> labelPainter;
    private boolean labelsDirty;
    private java.awt.image.BufferedImage labelImage;
    private javafx.scene.image.WritableImage labelPixels;

    public LayerStack(LayerManager manager) {
        this.manager = manager;
        setMouseTransparent(true);
        labelCanvas.setId("layerCanvas-basemapLabels");
        labelCanvas.setMouseTransparent(true);
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
        List<javafx.scene.Node> children = new java.util.ArrayList<>(layers.stream().map(canvases::get).toList());
        children.add(labelCanvas);
        getChildren().setAll(children);
        dirty.addAll(layers);
        painted = null;
    }

    /**
     * Draws the basemap's names (Java2D, e.g. {@code BuiltinBasemap::paintLabels}) on a canvas
     * above every feature layer, so filled data never hides them; null removes them.
     */
    public void setLabelOverlay(java.util.function.BiConsumer<java.awt.Graphics2D, MapViewport> painter) {
        labelPainter = painter;
        labelsDirty = true;
        markDirty();
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
        if (all || labelsDirty) {
            paintLabels(w, h, pixelScale);
        }
        labelsDirty = false;
    }

    /**
     * The names go through a Java2D image so they look exactly as in tiles, snapshots and the
     * report; the image is reused between frames.
     */
    private void paintLabels(double w, double h, double pixelScale) {
        if (labelPainter == null) {
            // No names to draw: an empty canvas of the map's size would still be cleared and
            // composited every frame, so it shrinks to nothing instead.
            labelCanvas.setWidth(0);
            labelCanvas.setHeight(0);
            return;
        }
        if (labelCanvas.getWidth() != w || labelCanvas.getHeight() != h) {
            labelCanvas.setWidth(w);
            labelCanvas.setHeight(h);
        }
        javafx.scene.canvas.GraphicsContext gc = labelCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        int pw = (int) Math.ceil(w * pixelScale);
        int ph = (int) Math.ceil(h * pixelScale);
        if (labelImage == null || labelImage.getWidth() != pw || labelImage.getHeight() != ph) {
            labelImage = new java.awt.image.BufferedImage(pw, ph, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            labelPixels = new javafx.scene.image.WritableImage(pw, ph);
        }
        int[] data = ((java.awt.image.DataBufferInt) labelImage.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(data, 0);
        java.awt.Graphics2D g = labelImage.createGraphics();
        try {
            g.scale(pixelScale, pixelScale);
            labelPainter.accept(g, viewport);
        } finally {
            g.dispose();
        }
        labelPixels.getPixelWriter().setPixels(0, 0, pw, ph, javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                data, 0, pw);
        gc.drawImage(labelPixels, 0, 0, w, h);
    }

    /** Repaints now (used by the benchmark to time one full redraw). */
    public void redrawAll() {
        painted = null;
        layoutLayer();
    }
}
