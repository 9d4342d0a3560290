package de.netzatlas.fibre;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** One data stand (Stand) of coverage figures: its date, where it came from, and whether it is demo data. */
public record CoverageStand(UUID id, LocalDate date, String source, boolean demo) {

    public static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** "31.12.2024" or "31.12.2024 (Demodaten)": the label every output that shows figures carries. */
    public String label() {
        return date.format(GERMAN_DATE) + (demo ? " (Demodaten)" : "");
    }
}
