package de.netzatlas.sites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.asset.GermanCsv;

/**
 * The ITN-XT site CSV layout (export here, import through the {@code sites} target of the exchange
 * framework with the same column keys). A site is identified by the column {@code id} (UUID) when
 * given; without it every row is a new site.
 */
public final class SiteCsv {

    public static final List<String> COLUMNS = List.of("id", "name", "behoerde", "klasse", "adresse", "gemeinde_ags",
            "lat", "lon", "bandbreite", "redundanz", "status", "status_seit", "migration_geplant", "migration_beginn",
            "migriert_am", "rueckbau_am", "telefonie_migriert", "bemerkung");

    private SiteCsv() {
    }

    public static void write(Writer out, List<ItnSite> sites) {
        try {
            CSVPrinter csv = GermanCsv.printer(out, COLUMNS.toArray(String[]::new));
            for (ItnSite s : sites) {
                csv.printRecord(de.netzatlas.common.SpreadsheetText.cells(s.id(), s.name(), s.authority(), s.siteClass().label(), s.address(), s.gemeindeAgs(),
                        GermanCsv.coordinate(s.location().lat()), GermanCsv.coordinate(s.location().lon()),
                        s.bandwidth().label(), s.redundancy().label(), s.status().label(),
                        GermanCsv.date(s.history().currentSince().orElse(null)), GermanCsv.date(s.plannedMigration()),
                        GermanCsv.date(s.migrationStart()), GermanCsv.date(s.migrated()),
                        GermanCsv.date(s.decommissioned()), GermanCsv.bool(s.telephonyMigrated()), s.notes()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
