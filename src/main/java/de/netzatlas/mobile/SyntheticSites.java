package de.netzatlas.mobile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Deterministic random site positions inside the Land for the benchmark (uniform over the area,
 * 60 % LTE, radii from the band defaults). Not demo data: demo sites are placed at real places.
 */
public final class SyntheticSites {

    private SyntheticSites() {
    }

    public static List<CoverageSite> inside(Geometry landWgs84, int count, long seed) {
        Random random = new Random(seed);
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(landWgs84);
        Envelope e = landWgs84.getEnvelopeInternal();
        FrequencyBand[] bands = FrequencyBand.values();
        SettlementDensity[] densities = {SettlementDensity.LAENDLICH, SettlementDensity.LAENDLICH,
            SettlementDensity.HALBSTAEDTISCH, SettlementDensity.STAEDTISCH};
        List<CoverageSite> out = new ArrayList<>(count);
        while (out.size() < count) {
            double lon = e.getMinX() + random.nextDouble() * e.getWidth();
            double lat = e.getMinY() + random.nextDouble() * e.getHeight();
            if (locator.locate(new Coordinate(lon, lat)) == Location.EXTERIOR) {
                continue;
            }
            RadioTechnology t = random.nextInt(10) < 6 ? RadioTechnology.LTE : RadioTechnology.NR;
            EnumSet<FrequencyBand> b = EnumSet.of(bands[random.nextInt(bands.length)]);
            double r = FrequencyBand.defaultRadiusKm(b, densities[random.nextInt(densities.length)]);
            out.add(new CoverageSite(new UUID(seed, out.size()), t, lat, lon, r));
        }
        return out;
    }
}
