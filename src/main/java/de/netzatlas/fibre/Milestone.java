package de.netzatlas.fibre;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone of a project (e.g. "Spatenstich") with its planned and, once reached, actual date. */
public record Milestone(UUID id, String name, LocalDate planned, LocalDate actual) {

    public static Milestone planned(String name, LocalDate planned) {
        return new Milestone(UUID.randomUUID(), name, planned, null);
    }
}
