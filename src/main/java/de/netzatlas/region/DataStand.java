package de.netzatlas.region;

import java.time.LocalDate;

/** Provenance of a loaded data set: what it is, its reference date (Stand) and its source. */
public record DataStand(String dataset, String title, LocalDate referenceDate, String source, String licence,
                        boolean demo) {

    public static final String POPULATION = "bevoelkerung";
    public static final String BOUNDARIES = "grenzen";
}
