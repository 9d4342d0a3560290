package de.netzatlas.map;

import org.locationtech.jts.geom.Envelope;

/**
 * A rectangular view of the Web-Mercator world: zoom, the world position of its top-left corner
 * and its size in logical pixels, plus the device pixel scale (2 on a HiDPI screen, 300/96 for a
 * print figure). The one projection shared by tiles, screen layers and snapshots, so that a map
 * looks the same on screen, in an image and in a PDF.
 */
public record MapViewport(double zoom, double originWorldX, double originWorldY, double width, double height,
                          double pixelScale) {

    /** The viewport of one 256 × 256 tile (at the given device scale). */
    public static MapViewport ofTile(int zoom, long x, long y, double pixelScale) {
        double n = Math.pow(2, zoom);
        return new MapViewport(zoom, x / n, y / n, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, pixelScale);
    }

    /** The viewport of the given size centred on a point. */
    public static MapViewport centredOn(double lat, double lon, double zoom, double width, double height,
                                        double pixelScale) {
        double scale = WebMercator.worldPixels(zoom);
        return new MapViewport(zoom, WebMercator.worldX(lon) - width / 2 / scale,
                WebMercator.worldY(lat) - height / 2 / scale, width, height, pixelScale);
    }

    /** The largest zoom that shows the box in a view of the given size, centred on the box. */
    public static MapViewport fitting(double minLat, double minLon, double maxLat, double maxLon, double width,
                                      double height, double margin, double pixelScale) {
        double zoom = WebMercator.zoomToFit(minLat, minLon, maxLat, maxLon, width, height, margin, 0, 22);
        return centredOn(WebMercator.centerLat(minLat, maxLat), (minLon + maxLon) / 2, zoom, width, height,
                pixelScale);
    }

    /** World size in logical pixels at this zoom. */
    public double worldPixels() {
        return WebMercator.worldPixels(zoom);
    }

    public double x(double lon) {
        return (WebMercator.worldX(lon) - originWorldX) * worldPixels();
    }

    public double y(double lat) {
        return (WebMercator.worldY(lat) - originWorldY) * worldPixels();
    }

    /** Logical pixel x of a world coordinate (0..1). */
    public double xOfWorld(double worldX) {
        return (worldX - originWorldX) * worldPixels();
    }

    public double yOfWorld(double worldY) {
        return (worldY - originWorldY) * worldPixels();
    }

    public double lon(double px) {
        return WebMercator.lon(originWorldX + px / worldPixels());
    }

    public double lat(double py) {
        return WebMercator.lat(originWorldY + py / worldPixels());
    }

    /** The viewport's extent in world units (for spatial-index queries on projected data). */
    public Envelope worldEnvelope() {
        double s = worldPixels();
        return new Envelope(originWorldX, originWorldX + width / s, originWorldY, originWorldY + height / s);
    }

    /** The viewport's extent in lon/lat (x = lon, y = lat). */
    public Envelope geoEnvelope() {
        return new Envelope(lon(0), lon(width), lat(height), lat(0));
    }

    /** Metres per logical pixel at the viewport's centre latitude (for scale bars). */
    public double metresPerPixel() {
        double lat = lat(height / 2);
        return 40_075_016.686 * Math.cos(Math.toRadians(lat)) / worldPixels();
    }
}
