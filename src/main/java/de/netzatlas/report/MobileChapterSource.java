package de.netzatlas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the chapter "Mobilfunk/5G" reads, as of a cut-off date: area coverage per Kreis (km², from the
 * mobile coverage stand) and the sites. Implemented by the mobile register; until then "keine Daten".
 */
public interface MobileChapterSource {

    /** Area of one Kreis and the part covered by 5G / 4G (≥ 1 operator), in km². */
    record KreisArea(String kreisAgs, double areaKm2, double area5gKm2, double area4gKm2) {
    }

    /** One site: operator, technology (e.g. "5G", "4G"), position. */
    record Site(String id, String operator, String technology, double lat, double lon) {
    }

    record Data(LocalDate stand, String source, boolean demo, List<KreisArea> kreise, List<Site> sites,
                int byEntryTime) {
        public Data {
            kreise = List.copyOf(kreise);
            sites = List.copyOf(sites);
        }

        public Data(LocalDate stand, String source, boolean demo, List<KreisArea> kreise, List<Site> sites) {
            this(stand, source, demo, kreise, sites, 0);
        }
    }

    Optional<Data> asOf(LocalDate cutOff);
}
