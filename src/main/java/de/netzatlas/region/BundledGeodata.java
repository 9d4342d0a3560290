package de.netzatlas.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real Sachsen-Anhalt geodata and statistics shipped inside the application (copied from
 * {@code assets/geodata} into the jar). Nothing is read from outside the application at run time.
 */
public final class BundledGeodata {

    public static final String LAND = "/geodata/sachsen-anhalt_land.geojson";
    public static final String KREISE = "/geodata/sachsen-anhalt_kreise.geojson";
    public static final String GEMEINDEN = "/geodata/sachsen-anhalt_gemeinden.geojson";
    public static final String RIVERS = "/geodata/sachsen-anhalt_fluesse.geojson";
    public static final String KREISE_STATISTICS = "/geodata/sachsen-anhalt_kreise_statistik.csv";
    public static final String GEMEINDEN_STATISTICS = "/geodata/sachsen-anhalt_gemeinden_statistik.csv";
    public static final String PLACES = "/geodata/sachsen-anhalt_orte.csv";
    public static final String ATTRIBUTION = "/geodata/ATTRIBUTION.txt";

    private BundledGeodata() {
    }

    public static List<GeoJsonFeatures.Feature> features(String resource) {
        try (InputStream in = open(resource)) {
            return GeoJsonFeatures.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV rows keyed by the given column (the files are UTF-8, comma-separated, with a header). */
    public static Map<String, CSVRecord> csvByKey(String resource, String keyColumn) {
        return csv(resource).stream().collect(Collectors.toMap(r -> r.get(keyColumn), Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException(resource + ": doppelter Schlüssel " + a.get(keyColumn));
                }, java.util.LinkedHashMap::new));
    }

    public static List<CSVRecord> csv(String resource) {
        try (InputStream in = open(resource);
             var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " kann nicht gelesen werden", e);
        }
    }

    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BundledGeodata.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Gebündelte Datei fehlt in der Anwendung: " + resource);
        }
        return in;
    }
}
