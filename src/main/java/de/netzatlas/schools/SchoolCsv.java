package de.netzatlas.schools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.asset.GermanCsv;

/**
 * The school CSV layout: the columns of {@code schools export} and {@code list --format csv}, which
 * are also the field keys of the {@code schools} import target (so an export can be edited in Excel
 * and imported again). German Excel conventions, see {@link GermanCsv}.
 */
public final class SchoolCsv {

    public static final List<String> COLUMNS = List.of("schulnummer", "name", "schulform", "traeger", "adresse",
            "gemeinde_ags", "lat", "lon", "schueler", "down_mbit", "up_mbit", "ziel_down_mbit", "ziel_up_mbit",
            "status", "status_seit", "technologie", "plan_anschluss", "ist_anschluss", "kosten", "foerderung", "wlan",
            "bemerkung");

    private SchoolCsv() {
    }

    /** Writes the schools (BOM, {@code ;}, CRLF) in {@link #COLUMNS} order. */
    public static void write(Writer out, List<School> schools) {
        try {
            CSVPrinter csv = GermanCsv.printer(out, COLUMNS.toArray(String[]::new));
            for (School s : schools) {
                csv.printRecord(de.netzatlas.common.SpreadsheetText.cells(s.schulnummer(), s.name(), s.type().label(), s.traeger(), s.address(), s.gemeindeAgs(),
                        GermanCsv.coordinate(s.location().lat()), GermanCsv.coordinate(s.location().lon()),
                        GermanCsv.integer(s.pupils()), GermanCsv.integer(s.downMbit()), GermanCsv.integer(s.upMbit()),
                        s.targetDownMbit(), s.targetUpMbit(), s.status().label(),
                        GermanCsv.date(s.history().currentSince().orElse(null)),
                        s.technology() == null ? "" : s.technology().label(), GermanCsv.date(s.plannedDate()),
                        GermanCsv.date(s.actualDate()), GermanCsv.decimal(s.cost()),
                        s.funding() == null ? "" : s.funding().label(), s.wlan() == null ? "" : s.wlan().label(),
                        s.notes()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
