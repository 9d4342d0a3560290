package de.netzatlas.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import com.gluonhq.maps.MapLayer;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws the selected region's outline and a translucent fill on one canvas, redrawn on every
 * pan and zoom (one node for the whole layer, not one per vertex).
 */
public final class RegionHighlightLayer extends MapLayer {

    static final Color FILL = Color.web("#d9480f", 0.14);
    static final Color STROKE = Color.web("#d9480f");

    private final Canvas canvas = new Canvas();
    private Geometry geometry;

    public RegionHighlightLayer() {
        getChildren().add(canvas);
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
    }

    /** The geometry to highlight (WGS84, x = lon), or null for none. */
    public void setGeometry(Geometry geometry) {
        this.geometry = geometry;
        markDirty();
    }

    public Geometry getGeometry() {
        return geometry;
    }

    @Override
    protected void layoutLayer() {
        javafx.scene.Parent parent = getParent();
        double w = parent instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
        double h = parent instanceof javafx.scene.layout.Region r ? r.getHeight() : 0;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (geometry == null || getScene() == null) {
            return;
        }
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.beginPath();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                ring(gc, polygon.getExteriorRing().getCoordinates());
                for (int k = 0; k < polygon.getNumInteriorRing(); k++) {
                    ring(gc, polygon.getInteriorRingN(k).getCoordinates());
                }
            }
        }
        gc.setFill(FILL);
        gc.fill();
        gc.setStroke(STROKE);
        gc.setLineWidth(2.5);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.stroke();
    }

    private void ring(GraphicsContext gc, Coordinate[] coords) {
        for (int i = 0; i < coords.length; i++) {
            Point2D p = getMapPoint(coords[i].y, coords[i].x);
            if (p == null) {
                return;
            }
            if (i == 0) {
                gc.moveTo(p.getX(), p.getY());
            } else {
                gc.lineTo(p.getX(), p.getY());
            }
        }
        gc.closePath();
    }
}
