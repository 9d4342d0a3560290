package de.netzatlas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the chapter "ITN-XT" reads, as of a cut-off date: the sites (Standorte) of the state network
 * and their migration. Implemented by the sites register; until then the chapter says "keine Daten".
 */
public interface SitesChapterSource {

    /**
     * One site in its state at the cut-off; {@code migratedOn} null while not migrated. {@code authority}
     * is the Behörde/Dienststelle sitting there, {@code status} the label of its status on the cut-off
     * day (status history), {@code planned} the planned migration date as recorded then (null: none).
     */
    record Site(String id, String name, String kind, String authority, String gemeindeAgs, String kreisAgs,
                double lat, double lon, boolean migrated, LocalDate migratedOn, String status, LocalDate planned) {
    }

    /**
     * @param stand       date of the data used; {@code source} names it in the appendix
     * @param byEntryTime records counted by the time they were entered because a status step has no date
     */
    record Data(LocalDate stand, String source, boolean demo, List<Site> sites, int byEntryTime) {
        public Data {
            sites = List.copyOf(sites);
        }

        public Data(LocalDate stand, String source, boolean demo, List<Site> sites) {
            this(stand, source, demo, sites, 0);
        }
    }

    Optional<Data> asOf(LocalDate cutOff);
}
