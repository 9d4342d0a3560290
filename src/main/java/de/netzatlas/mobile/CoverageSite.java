package de.netzatlas.mobile;

import java.util.UUID;

/** What the coverage engine needs of a site in operation: where, which technology, how far. */
public record CoverageSite(UUID id, RadioTechnology technology, double lat, double lon, double radiusKm) {

    public CoverageSite {
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("Versorgungsradius muss größer als 0 sein: " + radiusKm);
        }
    }
}
