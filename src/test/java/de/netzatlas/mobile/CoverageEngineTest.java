package de.netzatlas.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class CoverageEngineTest {

    private static final GeometryFactory GF = new GeometryFactory();
    /** 64-gon instead of a true circle: area factor n·sin(2π/n)/(2π). */
    private static final double POLYGON_FACTOR = 64 * Math.sin(2 * Math.PI / 64) / (2 * Math.PI);

    /** Land = 11°–12° E × 51.5°–52° N; Kreis 1 west of 11.5° E, Kreis 2 east of it. */
    private static CoverageEngine syntheticLand() {
        Map<String, Geometry> kreise = new LinkedHashMap<>();
        kreise.put("15001", GF.toGeometry(new Envelope(11.0, 11.5, 51.5, 52.0)));
        kreise.put("15002", GF.toGeometry(new Envelope(11.5, 12.0, 51.5, 52.0)));
        return new CoverageEngine(GF.toGeometry(new Envelope(11.0, 12.0, 51.5, 52.0)), kreise, 10);
    }

    private static CoverageSite site(RadioTechnology t, double lat, double lon, double radiusKm) {
        return new CoverageSite(UUID.randomUUID(), t, lat, lon, radiusKm);
    }

    private static CoverageSite siteAtProjected(RadioTechnology t, double x, double y, double radiusKm) {
        Coordinate c = new Coordinate();
        TransverseMercator.SACHSEN_ANHALT.inverse(x, y, c);
        return site(t, c.y, c.x, radiusKm);
    }

    @Test
    void oneCircleInsideAKreisCoversExactlyItsArea() {
        CoverageEngine engine = syntheticLand();
        engine.setSites(List.of(site(RadioTechnology.NR, 51.75, 11.25, 3)));
        CoverageFigures f = engine.figures();
        double circle = Math.PI * 9;
        assertEquals(circle, f.land().nrKm2(), circle * 0.002);
        assertEquals(circle * POLYGON_FACTOR, f.land().nrKm2(), 0.01);
        assertEquals(0, f.land().lteKm2(), 1e-9);
        assertEquals(f.land().nrKm2(), f.kreis("15001").orElseThrow().nrKm2(), 1e-6);
        assertEquals(0, f.kreis("15002").orElseThrow().nrKm2(), 1e-9);
        assertEquals(f.land().areaKm2() - f.land().nrKm2(), f.land().whiteKm2(), 1e-6);
        assertEquals(f.land().nrKm2() / f.kreis("15001").orElseThrow().areaKm2(),
                f.kreis("15001").orElseThrow().nrShare(), 1e-12);
    }

    @Test
    void twoOverlappingCirclesAreNotCountedTwice() {
        Coordinate centre = new Coordinate();
        TransverseMercator.SACHSEN_ANHALT.forward(11.25, 51.75, centre);
        CoverageEngine engine = syntheticLand();
        // r = 2 km, centres 2 km apart: lens = 2r²·acos(d/2r) − (d/2)·√(4r² − d²)
        double r = 2;
        double d = 2;
        double lens = 2 * r * r * Math.acos(d / (2 * r)) - d / 2 * Math.sqrt(4 * r * r - d * d);
        double union = 2 * Math.PI * r * r - lens;
        engine.setSites(List.of(siteAtProjected(RadioTechnology.LTE, centre.x, centre.y, r),
                siteAtProjected(RadioTechnology.LTE, centre.x + d * 1000, centre.y, r)));
        assertEquals(union, engine.figures().land().lteKm2(), union * 0.002);
    }

    @Test
    void theLandAndKreisAreasAreTrueSquareKilometres() {
        CoverageFigures f = syntheticLand().figures();
        // ellipsoidal area of the 1° × 0.5° quadrangle 51.5°–52° N (authalic latitude formula, GRS80)
        double expected = quadrangleKm2(51.5, 52.0, 1.0);
        assertEquals(expected, f.land().areaKm2(), expected * 0.001);
        assertEquals(expected, f.land().whiteKm2(), expected * 0.001);
        assertEquals(expected / 2, f.kreis("15001").orElseThrow().areaKm2(), expected * 0.001);
    }

    static double quadrangleKm2(double lat1, double lat2, double dLon) {
        double a = 6_378_137.0;
        double f = 1 / 298.257222101;
        double e2 = 2 * f - f * f;
        double e = Math.sqrt(e2);
        java.util.function.DoubleUnaryOperator q = phiDeg -> {
            double s = Math.sin(Math.toRadians(phiDeg));
            return (1 - e2) * (s / (1 - e2 * s * s) - Math.log((1 - e * s) / (1 + e * s)) / (2 * e));
        };
        return a * a * Math.toRadians(dLon) / 2 * (q.applyAsDouble(lat2) - q.applyAsDouble(lat1)) / 1e6;
    }

    @Test
    void aCircleOnTheKreisBorderIsSplitBetweenBothKreiseAndCountedOnceForTheLand() {
        CoverageEngine engine = syntheticLand();
        engine.setSites(List.of(site(RadioTechnology.LTE, 51.75, 11.5, 2)));
        CoverageFigures f = engine.figures();
        double west = f.kreis("15001").orElseThrow().lteKm2();
        double east = f.kreis("15002").orElseThrow().lteKm2();
        assertEquals(f.land().lteKm2(), west + east, 1e-6);
        assertEquals(west, east, f.land().lteKm2() * 0.01);
    }

    @Test
    void coverageIsClippedToTheLand() {
        CoverageEngine engine = syntheticLand();
        engine.setSites(List.of(site(RadioTechnology.LTE, 51.75, 11.0, 2)));
        double half = Math.PI * 4 / 2;
        assertEquals(half, engine.figures().land().lteKm2(), half * 0.01);
    }

    @Test
    void movingOneSiteIncrementallyGivesTheSameFiguresAsRecomputingEverything() {
        Random random = new Random(7);
        List<CoverageSite> sites = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sites.add(site(random.nextBoolean() ? RadioTechnology.LTE : RadioTechnology.NR,
                    51.5 + random.nextDouble() * 0.5, 11 + random.nextDouble(), 0.5 + random.nextDouble() * 4));
        }
        CoverageEngine incremental = syntheticLand();
        incremental.setSites(sites);
        CoverageSite moved = new CoverageSite(sites.get(5).id(), sites.get(5).technology(), 51.6, 11.7, 6);
        incremental.put(moved);
        int redone = incremental.refresh();
        // only the cells under the old and the new circle (each at most 2 × 2 cells of 10 km), one technology
        assertTrue(redone > 0 && redone <= 8, "cells redone: " + redone);
        sites.set(5, moved);
        CoverageEngine full = syntheticLand();
        full.setSites(sites);
        CoverageFigures a = incremental.figures();
        CoverageFigures b = full.figures();
        assertEquals(b.land().lteKm2(), a.land().lteKm2(), 1e-6);
        assertEquals(b.land().nrKm2(), a.land().nrKm2(), 1e-6);
        assertEquals(b.land().whiteKm2(), a.land().whiteKm2(), 1e-6);
        for (AreaCoverage k : b.kreise()) {
            assertEquals(k.nrKm2(), a.kreis(k.ags()).orElseThrow().nrKm2(), 1e-6);
        }
        incremental.remove(moved.id());
        sites.remove(5);
        full.setSites(sites);
        assertEquals(full.figures().land().whiteKm2(), incremental.figures().land().whiteKm2(), 1e-6);
    }

    @Test
    void whiteSpotsGeometryHasTheWhiteArea() {
        CoverageEngine engine = syntheticLand();
        engine.setSites(List.of(site(RadioTechnology.LTE, 51.75, 11.25, 3), site(RadioTechnology.NR, 51.76, 11.26, 3)));
        double white = engine.figures().land().whiteKm2();
        assertEquals(white, engine.areaKm2(engine.whiteSpots()), white * 1e-6);
        assertEquals(white, engine.areaKm2(engine.whiteSpotsMerged()), white * 1e-6);
        assertTrue(engine.coverage(RadioTechnology.NR).intersects(GF.createPoint(new Coordinate(11.26, 51.76))));
    }
}
