package de.netzatlas.region;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Land, Kreis or Gemeinde keyed by its AGS. Population carries its reference date; households
 * are only set once real figures were imported (otherwise the service estimates them).
 */
public record Region(
        String ags,
        RegionLevel level,
        String name,
        String officialName,
        String type,
        String parentAgs,
        String verbandName,
        String verbandType,
        Integer population,
        LocalDate populationDate,
        Integer households,
        LocalDate householdsDate,
        Double areaKm2,
        double centerLat,
        double centerLon,
        GeoBounds bounds) {

    public Optional<String> parent() {
        return Optional.ofNullable(parentAgs);
    }

    /** "Verbandsgemeinde …" only where the Gemeinde belongs to one (not for Einheitsgemeinden). */
    public Optional<String> verbandsgemeinde() {
        return verbandType != null && verbandType.startsWith("Verbandsgemeinde")
                ? Optional.ofNullable(verbandName) : Optional.empty();
    }

    @Override
    public String toString() {
        return name + " (" + ags + ")";
    }
}
