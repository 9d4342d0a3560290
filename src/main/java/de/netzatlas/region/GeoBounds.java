package de.netzatlas.region;

/** A lat/lon bounding box (WGS84). */
public record GeoBounds(double minLat, double minLon, double maxLat, double maxLon) {

    public double centerLat() {
        return (minLat + maxLat) / 2;
    }

    public double centerLon() {
        return (minLon + maxLon) / 2;
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
