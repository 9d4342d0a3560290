package de.netzatlas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the chapter "ITN-XT" reads, as of a cut-off date: the sites (Standorte) of the state network
 * and their migration. Implemented by the sites register; until then the chapter says "keine Daten".
 */
public interface SitesChapterSource {

    /** One site in its state at the cut-off; {@code migratedOn} null while not migrated. */
    record Site(String id, String name, String kind, String gemeindeAgs, String kreisAgs, double lat, double lon,
                boolean migrated, LocalDate migratedOn) {
    }

    record Data(LocalDate stand, String source, boolean demo, List<Site> sites) {
        public Data {
            sites = List.copyOf(sites);
        }
    }

    Optional<Data> asOf(LocalDate cutOff);
}
