package de.netzatlas.map.edit;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;

import com.gluonhq.maps.MapLayer;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Shows a {@link PolygonDraft} on the map while it is drawn: closed polygons filled, the open ring
 * as a line with a dashed rubber band to the cursor, every vertex as a handle (the one under the
 * cursor larger). One canvas, redrawn on pan, zoom and every edit.
 */
public final class DraftLayer extends MapLayer {

    static final Color FILL = Color.web("#1c7ed6", 0.22);
    static final Color LINE = Color.web("#1864ab");
    static final Color HANDLE = Color.WHITE;
    static final Color HOT = Color.web("#e8590c");

    private final Canvas canvas = new Canvas();
    private PolygonDraft draft;
    private PolygonDraft.Vertex hot;
    private Coordinate cursor;

    public DraftLayer() {
        canvas.setId("areaDraftCanvas");
        getChildren().add(canvas);
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
    }

    /** The draft to show (null hides the layer), the vertex under the cursor and the cursor in lon/lat. */
    public void show(PolygonDraft draft, PolygonDraft.Vertex hot, Coordinate cursor) {
        this.draft = draft;
        this.hot = hot;
        this.cursor = cursor;
        markDirty();
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
        if (draft == null || getScene() == null) {
            return;
        }
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (int r = 0; r < draft.closedCount(); r++) {
            List<Coordinate> ring = draft.closedRing(r);
            gc.beginPath();
            trace(gc, ring);
            gc.closePath();
            gc.setFill(FILL);
            gc.fill();
            gc.setStroke(LINE);
            gc.setLineWidth(2.5);
            gc.stroke();
        }
        List<Coordinate> open = draft.openRing();
        if (!open.isEmpty()) {
            gc.beginPath();
            trace(gc, open);
            gc.setStroke(LINE);
            gc.setLineWidth(2.5);
            gc.setLineDashes();
            gc.stroke();
            if (cursor != null) {
                Point2D last = point(open.get(open.size() - 1));
                Point2D c = point(cursor);
                if (last != null && c != null) {
                    gc.setLineDashes(6, 4);
                    gc.setLineWidth(1.5);
                    gc.strokeLine(last.getX(), last.getY(), c.getX(), c.getY());
                    if (open.size() >= 2) {
                        Point2D first = point(open.get(0));
                        if (first != null) {
                            gc.strokeLine(c.getX(), c.getY(), first.getX(), first.getY());
                        }
                    }
                    gc.setLineDashes();
                }
            }
        }
        for (int r = 0; r <= draft.closedCount(); r++) {
            List<Coordinate> ring = r < draft.closedCount() ? draft.closedRing(r) : open;
            for (int i = 0; i < ring.size(); i++) {
                Point2D p = point(ring.get(i));
                if (p == null) {
                    continue;
                }
                boolean isHot = hot != null && hot.ring() == r && hot.index() == i;
                double s = isHot ? 12 : 8;
                gc.setFill(isHot ? HOT : HANDLE);
                gc.fillRect(p.getX() - s / 2, p.getY() - s / 2, s, s);
                gc.setStroke(LINE);
                gc.setLineWidth(1.5);
                gc.strokeRect(p.getX() - s / 2, p.getY() - s / 2, s, s);
            }
        }
    }

    private void trace(GraphicsContext gc, List<Coordinate> ring) {
        boolean first = true;
        for (Coordinate c : ring) {
            Point2D p = point(c);
            if (p == null) {
                continue;
            }
            if (first) {
                gc.moveTo(p.getX(), p.getY());
                first = false;
            } else {
                gc.lineTo(p.getX(), p.getY());
            }
        }
    }

    private Point2D point(Coordinate c) {
        return getMapPoint(c.y, c.x);
    }
}
