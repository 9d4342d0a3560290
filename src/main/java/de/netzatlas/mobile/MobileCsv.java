package de.netzatlas.mobile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.asset.GermanCsv;
import de.netzatlas.asset.LocationRules;

/**
 * The mobile register's CSV file (German Excel conventions of {@link GermanCsv}): its columns (also
 * the field names of validation issues and the keys of the {@code mobile} import target in
 * {@code de.netzatlas.exchange}, which reads these files) and writing.
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
    private MobileCsv() {
    }

    public static void write(Writer out, List<MobileSite> sites) {
        try (CSVPrinter p = GermanCsv.printer(out, COLUMNS.toArray(String[]::new))) {
            for (MobileSite s : sites) {
                p.printRecord(de.netzatlas.common.SpreadsheetText.cells(s.identifier(), s.operator().label(), s.technology().label(),
                        s.bands().stream().sorted().map(FrequencyBand::label).reduce((a, b) -> a + "," + b).orElse(""),
                        s.status().label(), GermanCsv.date(s.history().currentSince().orElse(null)),
                        GermanCsv.coordinate(s.location().lat()), GermanCsv.coordinate(s.location().lon()),
                        s.gemeindeAgs(), s.radiusKm() == null ? "" : GermanCsv.decimal(s.radiusKm(), 2),
                        GermanCsv.bool(s.funded()), GermanCsv.date(s.applicationDate()), GermanCsv.date(s.permitDate()),
                        GermanCsv.date(s.constructionStart()), GermanCsv.date(s.onAirDate()),
                        GermanCsv.date(s.plannedOnAir()), s.notes() == null ? "" : s.notes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
