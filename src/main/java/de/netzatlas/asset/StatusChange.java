package de.netzatlas.asset;

import java.time.LocalDate;
import java.util.Objects;

/** One step of a status history: the status reached and since when ({@code since} may be unknown). */
public record StatusChange<S extends Enum<S> & AssetStatus>(S status, LocalDate since) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
    }
}
