package de.netzatlas.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import de.netzatlas.region.BundledGeodata;

class TransverseMercatorTest {

    @Test
    void northingOnTheCentralMeridianIsTheScaledMeridianArc() {
        // meridian arc by numerical integration of the meridian radius of curvature (GRS80)
        double a = 6_378_137.0;
        double f = 1 / 298.257222101;
        double e2 = 2 * f - f * f;
        double phiEnd = Math.toRadians(52);
        int n = 200_000;
        double arc = 0;
        for (int i = 0; i < n; i++) {
            double phi = (i + 0.5) * phiEnd / n;
            double s = Math.sin(phi);
            arc += a * (1 - e2) / Math.pow(1 - e2 * s * s, 1.5) * phiEnd / n;
        }
        Coordinate c = new Coordinate();
        TransverseMercator.UTM32.forward(9, 52, c);
        assertEquals(500_000, c.x, 1e-6);
        assertEquals(0.9996 * arc, c.y, 0.01);
    }

    @Test
    void inverseUndoesForwardAcrossTheLand() {
        Coordinate p = new Coordinate();
        Coordinate back = new Coordinate();
        for (double lon = 10.5; lon <= 13.3; lon += 0.35) {
            for (double lat = 50.9; lat <= 53.1; lat += 0.3) {
                TransverseMercator.SACHSEN_ANHALT.forward(lon, lat, p);
                TransverseMercator.SACHSEN_ANHALT.inverse(p.x, p.y, back);
                assertEquals(lon, back.x, 1e-8);
                assertEquals(lat, back.y, 1e-8);
            }
        }
    }

    @Test
    void oneKilometreAlongAParallelStaysOneKilometreAtTheLandsEdge() {
        // east-west length of 0.01° of longitude at 52° N on the ellipsoid: N·cos φ·Δλ
        double a = 6_378_137.0;
        double f = 1 / 298.257222101;
        double e2 = 2 * f - f * f;
        double phi = Math.toRadians(52);
        double nu = a / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
        double expected = nu * Math.cos(phi) * Math.toRadians(0.01);
        Coordinate p = new Coordinate();
        Coordinate q = new Coordinate();
        TransverseMercator.SACHSEN_ANHALT.forward(13.2, 52, p);
        TransverseMercator.SACHSEN_ANHALT.forward(13.21, 52, q);
        assertEquals(expected, p.distance(q), expected * 0.0003);
    }

    @Test
    void landAreaMatchesTheOfficialAreaWithinOnePercent() {
        double official = BundledGeodata.csv(BundledGeodata.KREISE_STATISTICS).stream()
                .mapToDouble(r -> Double.parseDouble(r.get("area_km2"))).sum();
        var land = BundledGeodata.features(BundledGeodata.LAND).get(0).geometry();
        double km2 = TransverseMercator.SACHSEN_ANHALT.project(land).getArea() / 1e6;
        assertEquals(official, km2, official * 0.01);
    }
}
