package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** The streaming GeoJSON reader: many features, the {@code crs} member before or after {@code features}. */
class GeoJsonStreamingTest {

    static final int FEATURES = 50_000;

    @TempDir
    static Path dir;
    static ExchangeFixture fx;

    @BeforeAll
    static void open() throws Exception {
        fx = new ExchangeFixture(dir);
        assertTrue(fx.importFile(fx.fixture("projects-utf8bom.csv"), "projects").ok());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    /** A FeatureCollection of points in Magdeburg; {@code crs} (if any) and "type" after the features. */
    static Path points(String name, int count, String crs, boolean utm) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"features\":[");
            for (int i = 0; i < count; i++) {
                double x = utm ? 680_000 + i : 11.6 + (i % 1000) / 10_000.0;
                double y = utm ? 5_778_000 : 52.1 + (i / 1000) / 10_000.0;
                w.write((i == 0 ? "" : ",") + "{\"type\":\"Feature\",\"id\":" + i + ",\"properties\":{\"name\":\"Punkt " + i
                        + "\",\"info\":{\"kreis\":\"15003\"}" + (i == count - 1 ? ",\"letzter\":true" : "")
                        + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                        + String.format(Locale.ROOT, "%.6f,%.6f", x, y) + "]}}");
            }
            w.write("]" + (crs == null ? "" : ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}}")
                    + ",\"type\":\"FeatureCollection\"}");
        }
        return file;
    }

    @Test
    void manyFeaturesStreamOneByOneWithTheHeaderOfAllFeatures() throws Exception {
        Path file = points("viele.geojson", FEATURES, "urn:ogc:def:crs:OGC:1.3:CRS84", false);
        Problems problems = new Problems("viele.geojson");
        try (GeoJsonTableReader reader = GeoJsonTableReader.open(file, problems)) {
            assertNotNull(reader, problems.list().toString());
            assertEquals(List.of("id", "name", "info.kreis", "letzter"), reader.header(), "union over all features, in order");
            SourceRow first = reader.next();
            assertEquals(1, first.row());
            assertEquals(List.of("0", "Punkt 0", "15003", ""), first.cells());
            assertEquals(11.6, ((Point) first.geometry()).getX(), 1e-9);
            SourceRow last = first;
            int count = 1;
            for (SourceRow r = reader.next(); r != null; r = reader.next()) {
                last = r;
                count++;
            }
            assertEquals(FEATURES, count);
            assertEquals(FEATURES, last.row());
            assertEquals(List.of(String.valueOf(FEATURES - 1), "Punkt " + (FEATURES - 1), "15003", "true"), last.cells());
            assertTrue(reader.position() > 0);
        }
        assertFalse(problems.hasErrors(), problems.list().toString());
    }

    @Test
    void aProjectedCrsAfterTheFeaturesIsReportedBeforeAnythingIsWritten() throws Exception {
        String before = fx.snapshot();
        for (boolean utm : new boolean[] {true, false}) {
            Path file = points("crs-hinten-" + utm + ".geojson", 30, "urn:ogc:def:crs:EPSG::25832", utm);
            for (boolean validOnly : new boolean[] {false, true}) {
                ImportResult r = fx.imports.run(ImportRequest.of(file, "project-areas").withValidOnly(validOnly), null, null);
                assertFalse(r.ok());
                assertEquals(1, r.errors(), r.problems().toString());
                assertTrue(r.problems().get(0).message().contains("EPSG:25832"), r.problems().toString());
                assertFalse(r.written());
            }
        }
        assertEquals(before, fx.snapshot());
    }

    @Test
    void projectedCoordinatesWithoutCrsAreReportedForTheFirstFeaturesAndNothingIsWritten() throws Exception {
        String before = fx.snapshot();
        Path file = points("utm.geojson", 500, null, true);
        ImportResult r = fx.imports.run(ImportRequest.of(file, "project-areas").withValidOnly(true), null, null);
        assertFalse(r.written());
        assertEquals(22, r.errors(), "the check stops after the first features of a projected file");
        assertTrue(r.problems().get(0).message().contains("keine Grad"), r.problems().toString());
        assertEquals(before, fx.snapshot());

        ImportPreview p = fx.imports.preview(file, "project-areas", null);
        assertEquals(20, p.rows().size());
        assertNull(p.rows().get(0).geometry(), "a projected geometry is never handed on");
    }
}
