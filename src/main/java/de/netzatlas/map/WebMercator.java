package de.netzatlas.map;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Spherical Web Mercator (EPSG:3857) in "world" units: x and y from 0 to 1 across the whole map,
 * y growing southwards, as OSM/XYZ tile numbering does. Pixel = world × 256 × 2^zoom.
 */
public final class WebMercator {

    public static final int TILE_SIZE = 256;
    static final double MAX_LAT = 85.0511287798066;

    private WebMercator() {
    }

    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
    }

    public static double lon(double worldX) {
        return worldX * 360.0 - 180.0;
    }

    public static double lat(double worldY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))));
    }

    /** A copy of a WGS84 geometry (x = lon) in world units (0..1), for projecting data once per load. */
    public static Geometry toWorld(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, worldX(lon));
                seq.setOrdinate(i, 1, worldY(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }

    /** Size of the whole world in pixels at a (fractional) zoom. */
    public static double worldPixels(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /**
     * The largest zoom at which the box fits into a viewport of the given size (with a margin
     * fraction on each side), clamped to [minZoom, maxZoom].
     */
    public static double zoomToFit(double minLat, double minLon, double maxLat, double maxLon,
                                   double viewWidth, double viewHeight, double margin,
                                   double minZoom, double maxZoom) {
        double dx = Math.max(1e-9, worldX(maxLon) - worldX(minLon));
        double dy = Math.max(1e-9, worldY(minLat) - worldY(maxLat));
        double usableW = Math.max(1, viewWidth * (1 - 2 * margin));
        double usableH = Math.max(1, viewHeight * (1 - 2 * margin));
        double zx = Math.log(usableW / (TILE_SIZE * dx)) / Math.log(2);
        double zy = Math.log(usableH / (TILE_SIZE * dy)) / Math.log(2);
        return Math.max(minZoom, Math.min(maxZoom, Math.min(zx, zy)));
    }

    /** Latitude of the box centre in Mercator space (not the arithmetic mean of the latitudes). */
    public static double centerLat(double minLat, double maxLat) {
        return lat((worldY(minLat) + worldY(maxLat)) / 2);
    }
}
