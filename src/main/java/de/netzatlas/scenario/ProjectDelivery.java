package de.netzatlas.scenario;

import java.time.LocalDate;
import java.util.List;

/** A project's promise: this many households in these Gemeinden get FTTB/H on this date. */
public record ProjectDelivery(String id, List<String> gemeinden, long households, LocalDate completion) {

    public ProjectDelivery {
        gemeinden = List.copyOf(gemeinden);
    }
}
