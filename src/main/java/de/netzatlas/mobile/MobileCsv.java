package de.netzatlas.mobile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.GermanCsv;
import de.netzatlas.asset.GermanCsvReader;
import de.netzatlas.asset.ImportError;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;

/**
 * The mobile register's CSV file (German Excel conventions of {@link GermanCsv}): columns, reading
 * into new and changed sites (a known Kennung updates that site, its status history moves on) with
 * every problem as {@code file:row:field: message}, and writing. Reading writes nothing.
 */
public final class MobileCsv {

    public static final String IDENTIFIER = "kennung";
    public static final String OPERATOR = "betreiber";
    public static final String TECHNOLOGY = "technologie";
    public static final String BANDS = "baender";
    public static final String STATUS = "status";
    public static final String STATUS_SINCE = "status_seit";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String GEMEINDE = LocationRules.GEMEINDE;
    public static final String RADIUS = "radius_km";
    public static final String FUNDED = "gefoerdert";
    public static final String APPLICATION = "antrag";
    public static final String PERMIT = "genehmigung";
    public static final String CONSTRUCTION = "baubeginn";
    public static final String ON_AIR = "inbetriebnahme";
    public static final String PLANNED_ON_AIR = "geplante_inbetriebnahme";
    public static final String NOTES = "bemerkung";

    public static final List<String> COLUMNS = List.of(IDENTIFIER, OPERATOR, TECHNOLOGY, BANDS, STATUS, STATUS_SINCE,
            LAT, LON, GEMEINDE, RADIUS, FUNDED, APPLICATION, PERMIT, CONSTRUCTION, ON_AIR, PLANNED_ON_AIR, NOTES);
    static final Set<String> REQUIRED = Set.of(IDENTIFIER, OPERATOR, TECHNOLOGY, BANDS, STATUS, LAT, LON);

    /** What a file would change: new sites, changed sites, and the errors (if any, nothing may be written). */
    public record ReadResult(List<MobileSite> created, List<MobileSite> updated, List<ImportError> errors, long rows) {
    }

    private MobileCsv() {
    }

    /**
     * @param existing the live sites (to recognise a known Kennung)
     */
    public static ReadResult read(String file, byte[] bytes, List<MobileSite> existing, MobileSiteKind kind,
                                  LocationRules locations) {
        Map<String, MobileSite> byIdentifier = new HashMap<>();
        existing.forEach(s -> byIdentifier.put(s.identifier().trim().toLowerCase(), s));
        GermanCsvReader reader = new GermanCsvReader(file, COLUMNS, REQUIRED);
        Map<String, Long> seen = new HashMap<>();
        List<MobileSite> created = new ArrayList<>();
        List<MobileSite> updated = new ArrayList<>();
        reader.read(bytes, row -> {
            String identifier = row.text(IDENTIFIER);
            MobileOperator operator = parsed(row, OPERATOR, MobileOperator::parse,
                    "Telekom, Vodafone, Telefónica, 1&1, Mobilfunkinfrastrukturgesellschaft");
            RadioTechnology technology = parsed(row, TECHNOLOGY, RadioTechnology::parse,
                    "LTE, 5G NR");
            Set<FrequencyBand> bands = EnumSet.noneOf(FrequencyBand.class);
            for (String b : row.text(BANDS).split("[,/ ]+")) {
                if (b.isBlank()) {
                    continue;
                }
                FrequencyBand.parse(b).ifPresentOrElse(bands::add, () -> row.error(BANDS, "„" + b
                        + "“ ist kein Frequenzband (erlaubt: 700, 800, 900, 1800, 2100, 2600, 3600 MHz)."));
            }
            MobileSiteStatus status = row.choice(STATUS, MobileSiteStatus.class, MobileSiteStatus::label);
            LocalDate since = row.date(STATUS_SINCE);
            Double lat = row.coordinate(LAT);
            Double lon = row.coordinate(LON);
            String ags = row.textOrNull(GEMEINDE);
            Double radius = null;
            if (!row.text(RADIUS).isEmpty()) {
                var r = row.decimal(RADIUS);
                radius = r == null ? null : r.doubleValue();
            }
            boolean funded = row.bool(FUNDED, false);
            LocalDate application = row.date(APPLICATION);
            LocalDate permit = row.date(PERMIT);
            LocalDate construction = row.date(CONSTRUCTION);
            LocalDate onAir = row.date(ON_AIR);
            LocalDate planned = row.date(PLANNED_ON_AIR);
            String notes = row.textOrNull(NOTES);
            if (!identifier.isEmpty()) {
                Long first = seen.putIfAbsent(identifier.toLowerCase(), row.line());
                if (first != null) {
                    row.error(IDENTIFIER, "Kennung „" + identifier + "“ kommt in der Datei schon in Zeile " + first + " vor.");
                }
            }
            if (!row.ok() || lat == null || lon == null || status == null) {
                return;
            }
            GeoPoint point = new GeoPoint(lat, lon);
            String gemeinde = locations.gemeindeFor(point, ags);
            MobileSite known = byIdentifier.get(identifier.toLowerCase());
            StatusHistory<MobileSiteStatus> history = known == null ? StatusHistory.of(status, since)
                    : known.history().then(status, since);
            MobileSite site = new MobileSite(known == null ? UUID.randomUUID() : known.id(), identifier, operator,
                    technology, bands, point, gemeinde, radius, funded, history, application, permit, construction,
                    onAir, planned, notes, false, known == null ? 0 : known.version());
            for (ValidationIssue issue : kind.validate(site, known == null ? java.util.Optional.empty()
                    : java.util.Optional.of(known))) {
                if (issue.isError()) {
                    row.error(issue.field(), issue.message());
                }
            }
            if (row.ok()) {
                (known == null ? created : updated).add(site);
            }
        });
        return new ReadResult(created, updated, reader.errors(), reader.rows());
    }

    private static <E> E parsed(GermanCsvReader.Row row, String column,
                                java.util.function.Function<String, java.util.Optional<E>> parser, String allowed) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        java.util.Optional<E> value = parser.apply(text);
        if (value.isEmpty()) {
            row.error(column, "„" + text + "“ ist kein zulässiger Wert (erlaubt: " + allowed + ").");
            return null;
        }
        return value.get();
    }

    public static void write(Writer out, List<MobileSite> sites) {
        try (CSVPrinter p = GermanCsv.printer(out, COLUMNS.toArray(String[]::new))) {
            for (MobileSite s : sites) {
                p.printRecord(s.identifier(), s.operator().label(), s.technology().label(),
                        s.bands().stream().sorted().map(FrequencyBand::label).reduce((a, b) -> a + "," + b).orElse(""),
                        s.status().label(), GermanCsv.date(s.history().currentSince().orElse(null)),
                        GermanCsv.coordinate(s.location().lat()), GermanCsv.coordinate(s.location().lon()),
                        s.gemeindeAgs(), s.radiusKm() == null ? "" : GermanCsv.decimal(s.radiusKm(), 2),
                        GermanCsv.bool(s.funded()), GermanCsv.date(s.applicationDate()), GermanCsv.date(s.permitDate()),
                        GermanCsv.date(s.constructionStart()), GermanCsv.date(s.onAirDate()),
                        GermanCsv.date(s.plannedOnAir()), s.notes() == null ? "" : s.notes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
