package de.netzatlas.map.layer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.map.MapViewport;

/**
 * One data set on the map (JOSM's "one layer per dataset"): its title, visibility, opacity and
 * selection, how it paints itself for a viewport and which of its features lie under a point or
 * inside a rectangle. Invisible layers neither paint nor hit. State changes are reported to the
 * owning {@link LayerManager}, whose threading contract applies.
 */
public abstract class FeatureLayer {

    private final String id;
    private final String title;
    private boolean visible = true;
    private double opacity = 1.0;
    private Set<String> selection = Set.of();
    LayerManager owner;

    protected FeatureLayer(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public final String id() {
        return id;
    }

    public final String title() {
        return title;
    }

    public final boolean isVisible() {
        return visible;
    }

    public final void setVisible(boolean visible) {
        if (this.visible != visible) {
            this.visible = visible;
            changed();
        }
    }

    public final double opacity() {
        return opacity;
    }

    public final void setOpacity(double opacity) {
        double clamped = Math.max(0, Math.min(1, opacity));
        if (this.opacity != clamped) {
            this.opacity = clamped;
            changed();
        }
    }

    public final Set<String> selection() {
        return selection;
    }

    final void setSelection(Set<String> ids) {
        selection = Set.copyOf(ids);
    }

    /** Tells the manager (and so the screen) that this layer must be drawn again. */
    protected final void changed() {
        if (owner != null) {
            owner.fire(LayerManager.Change.LAYER, this);
        }
    }

    /** Paints the layer if visible, at its opacity. */
    public final void paint(MapPainter painter, MapViewport viewport) {
        if (!visible || opacity <= 0) {
            return;
        }
        painter.setAlpha(opacity);
        try {
            paintFeatures(painter, viewport);
        } finally {
            painter.setAlpha(1);
        }
    }

    protected abstract void paintFeatures(MapPainter painter, MapViewport viewport);

    /** The feature nearest to a screen point within the tolerance; empty when invisible. */
    public final Optional<FeatureHit> hit(MapViewport viewport, double x, double y, double tolerance) {
        return visible ? hitFeature(viewport, x, y, tolerance) : Optional.empty();
    }

    /** All features inside a screen rectangle (rubber band); empty when invisible. */
    public final List<FeatureHit> hitsIn(MapViewport viewport, Envelope screenRect) {
        return visible ? featuresIn(viewport, screenRect) : List.of();
    }

    protected abstract Optional<FeatureHit> hitFeature(MapViewport viewport, double x, double y, double tolerance);

    protected abstract List<FeatureHit> featuresIn(MapViewport viewport, Envelope screenRect);

    /** Bounding box (x = lon, y = lat) of the given features, for "zoom to selection". */
    public abstract Optional<Envelope> geoBounds(Set<String> featureIds);

    public abstract List<LegendEntry> legend();

    /** A note under the legend (source, classification); empty for none. */
    public String legendNote() {
        return "";
    }

    /** Screen rectangle → world envelope (for STRtree queries on projected data). */
    protected static Envelope worldEnvelope(MapViewport v, Envelope screen) {
        double s = v.worldPixels();
        return new Envelope(v.originWorldX() + screen.getMinX() / s, v.originWorldX() + screen.getMaxX() / s,
                v.originWorldY() + screen.getMinY() / s, v.originWorldY() + screen.getMaxY() / s);
    }
}
