package de.netzatlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Issue 20: what Jackson, JTS and the file system report in English reaches the planner in German. */
class GermanCausesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(String text) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readTree(text));
        return GermanCauses.of(e);
    }

    private static String geoJson(String text) {
        Exception e = assertThrows(Exception.class, () -> new GeoJsonReader().read(text));
        return GermanCauses.of(e);
    }

    @Test
    void jsonSyntaxErrorsSayWhatAndWhere() {
        assertEquals("unbekanntes Wort „tru“ (erwartet: Text in Anführungszeichen, Zahl, Liste, Objekt, true, false "
                + "oder null), Zeile 2, Spalte 13", json("{\"a\": 1,\n \"kennung\": tru}"));
        assertTrue(json("{\"features\": [{\"a\": 1}").startsWith("die Datei endet mitten in einem Objekt"),
                json("{\"features\": [{\"a\": 1}"));
        assertTrue(json("{\"a\": 1 \"b\": 2}").startsWith("unerwartetes Zeichen „\"“ (ein Komma fehlt)"),
                json("{\"a\": 1 \"b\": 2}"));
        assertTrue(json("{\"a\": ]}").contains("Zeile 1"), json("{\"a\": ]}"));
    }

    @Test
    void geometryParseErrorsAreGerman() {
        GeometryFactory f = new GeometryFactory();
        Coordinate a = new Coordinate(11.9, 51.4);
        Coordinate b = new Coordinate(11.95, 51.45);
        Coordinate c = new Coordinate(11.95, 51.4);
        TopologyValidationError tooFew = new IsValidOp(f.createPolygon(new Coordinate[] {a, b, c, a, a}))
                .getValidationError();
        assertEquals(null, tooFew, "a triangle is valid");
        TopologyValidationError degenerate = new IsValidOp(f.createPolygon(new Coordinate[] {a, b, a, a}))
                .getValidationError();
        assertTrue(GermanCauses.validity(degenerate, 1).startsWith("Eine Fläche hat zu wenige verschiedene Punkte"),
                GermanCauses.validity(degenerate, 1));
        assertTrue(geoJson("{\"type\":\"Blob\",\"coordinates\":[]}").startsWith("unbekannter Geometrietyp „Blob“"));
        String english = geoJson("{\"type\":\"Polygon\",\"coordinates\":[[[11.9,51.4],\"x\"]]}");
        assertFalse(english.matches("(?s).*\\b(Could|parse|Unsupported|Invalid)\\b.*"), english);
    }

    @Test
    void validityErrorsNameTheProblemAndThePlaceInGermanDegrees() {
        GeometryFactory f = new GeometryFactory();
        Polygon bowTie = f.createPolygon(new Coordinate[] {new Coordinate(11.9, 51.4), new Coordinate(11.95, 51.45),
            new Coordinate(11.95, 51.4), new Coordinate(11.9, 51.45), new Coordinate(11.9, 51.4)});
        TopologyValidationError error = new IsValidOp(bowTie).getValidationError();
        assertEquals("Die Fläche überschneidet sich selbst (Kanten kreuzen sich) (bei 11,92500° O, 51,42500° N)",
                GermanCauses.validity(error, 1));
    }

    @Test
    void ourOwnMessagesStayAndUnknownLibraryTextIsMarkedTechnical() {
        IllegalArgumentException ours = new IllegalArgumentException("Die Schulnummer fehlt.");
        assertEquals("Die Schulnummer fehlt.", GermanCauses.message(ours));
        assertEquals("Die Datei „/x/fehlt.csv“ gibt es nicht.",
                GermanCauses.message(new RuntimeException(new NoSuchFileException("/x/fehlt.csv"))));
        assertEquals("technische Ursache: boom", GermanCauses.of(new UnsupportedOperationException("boom\nsecond line")));
    }
}
