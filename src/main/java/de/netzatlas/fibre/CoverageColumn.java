package de.netzatlas.fibre;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of the coverage CSV (documented in the README), with whether each is required. */
enum CoverageColumn {
    AGS("ags", true, "Gemeindeschlüssel"),
    NAME("name", false, "Gemeindename (nur zur Lesbarkeit)"),
    STAND("stand", false, "Stand"),
    HAUSHALTE("haushalte", true, "Haushalte"),
    HH_30("hh_30", true, "Haushalte ≥ 30 Mbit/s"),
    HH_50("hh_50", true, "Haushalte ≥ 50 Mbit/s"),
    HH_100("hh_100", true, "Haushalte ≥ 100 Mbit/s"),
    HH_200("hh_200", true, "Haushalte ≥ 200 Mbit/s"),
    HH_400("hh_400", true, "Haushalte ≥ 400 Mbit/s"),
    HH_1000("hh_1000", true, "Haushalte ≥ 1000 Mbit/s"),
    HH_FTTH("hh_ftth", true, "Haushalte FTTH"),
    HH_FTTB("hh_fttb", true, "Haushalte FTTB"),
    HH_HFC("hh_hfc", true, "Haushalte HFC (Kabel)"),
    HH_DSL("hh_dsl", true, "Haushalte VDSL/DSL"),
    HOMES_PASSED("homes_passed", false, "Homes Passed"),
    HOMES_CONNECTED("homes_connected", false, "Homes Connected"),
    UNTERNEHMEN("unternehmen", false, "Unternehmen"),
    UNTERNEHMEN_1000("unternehmen_1000", false, "Unternehmen ≥ 1000 Mbit/s"),
    SCHULEN("schulen", false, "Schulen"),
    SCHULEN_1000("schulen_1000", false, "Schulen ≥ 1000 Mbit/s");

    final String header;
    final boolean required;
    final String label;

    CoverageColumn(String header, boolean required, String label) {
        this.header = header;
        this.required = required;
        this.label = label;
    }

    static Optional<CoverageColumn> byHeader(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(key)).findFirst();
    }
}
