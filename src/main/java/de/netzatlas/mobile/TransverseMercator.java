package de.netzatlas.mobile;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Transverse Mercator on the GRS80 ellipsoid (ETRS89), series after Snyder, "Map Projections – A
 * Working Manual" (USGS 1395), pp. 61–64. {@link #SACHSEN_ANHALT} is centred on the Land
 * (11,6° E, scale 1), so the scale error inside the Land stays below 0,02 % (areas below 0,04 %);
 * {@link #UTM32} is ETRS89/UTM zone 32N (EPSG:25832) for checks against official coordinates.
 * x = easting, y = northing in metres.
 */
public final class TransverseMercator {

    public static final TransverseMercator SACHSEN_ANHALT = new TransverseMercator(11.6, 1.0, 0);
    public static final TransverseMercator UTM32 = new TransverseMercator(9.0, 0.9996, 500_000);

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double E2 = 2 * F - F * F;
    private static final double EP2 = E2 / (1 - E2);
    private static final double E4 = E2 * E2;
    private static final double E6 = E4 * E2;
    private static final double M1 = 1 - E2 / 4 - 3 * E4 / 64 - 5 * E6 / 256;
    private static final double M2 = 3 * E2 / 8 + 3 * E4 / 32 + 45 * E6 / 1024;
    private static final double M3 = 15 * E4 / 256 + 45 * E6 / 1024;
    private static final double M4 = 35 * E6 / 3072;
    private static final double E1 = (1 - Math.sqrt(1 - E2)) / (1 + Math.sqrt(1 - E2));

    private final double lon0;
    private final double k0;
    private final double falseEasting;

    public TransverseMercator(double centralMeridianDeg, double scale, double falseEasting) {
        this.lon0 = Math.toRadians(centralMeridianDeg);
        this.k0 = scale;
        this.falseEasting = falseEasting;
    }

    private static double meridianArc(double phi) {
        return A * (M1 * phi - M2 * Math.sin(2 * phi) + M3 * Math.sin(4 * phi) - M4 * Math.sin(6 * phi));
    }

    /** Projects (lon, lat in degrees) into {@code out} as (x, y) metres. */
    public void forward(double lonDeg, double latDeg, Coordinate out) {
        double phi = Math.toRadians(latDeg);
        double sin = Math.sin(phi);
        double cos = Math.cos(phi);
        double tan = Math.tan(phi);
        double n = A / Math.sqrt(1 - E2 * sin * sin);
        double t = tan * tan;
        double c = EP2 * cos * cos;
        double a = (Math.toRadians(lonDeg) - lon0) * cos;
        double a2 = a * a;
        double x = k0 * n * (a + (1 - t + c) * a2 * a / 6
                + (5 - 18 * t + t * t + 72 * c - 58 * EP2) * a2 * a2 * a / 120);
        double y = k0 * (meridianArc(phi) + n * tan * (a2 / 2 + (5 - t + 9 * c + 4 * c * c) * a2 * a2 / 24
                + (61 - 58 * t + t * t + 600 * c - 330 * EP2) * a2 * a2 * a2 / 720));
        out.x = x + falseEasting;
        out.y = y;
    }

    /** Inverse: (x, y) metres into {@code out} as (lon, lat) degrees. */
    public void inverse(double x, double y, Coordinate out) {
        double m = y / k0;
        double mu = m / (A * M1);
        double phi1 = mu + (3 * E1 / 2 - 27 * Math.pow(E1, 3) / 32) * Math.sin(2 * mu)
                + (21 * E1 * E1 / 16 - 55 * Math.pow(E1, 4) / 32) * Math.sin(4 * mu)
                + (151 * Math.pow(E1, 3) / 96) * Math.sin(6 * mu)
                + (1097 * Math.pow(E1, 4) / 512) * Math.sin(8 * mu);
        double sin = Math.sin(phi1);
        double cos = Math.cos(phi1);
        double tan = Math.tan(phi1);
        double c1 = EP2 * cos * cos;
        double t1 = tan * tan;
        double w = 1 - E2 * sin * sin;
        double n1 = A / Math.sqrt(w);
        double r1 = A * (1 - E2) / (w * Math.sqrt(w));
        double d = (x - falseEasting) / (n1 * k0);
        double d2 = d * d;
        double phi = phi1 - (n1 * tan / r1) * (d2 / 2
                - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * EP2) * d2 * d2 / 24
                + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * EP2 - 3 * c1 * c1) * d2 * d2 * d2 / 720);
        double lon = lon0 + (d - (1 + 2 * t1 + c1) * d2 * d / 6
                + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * EP2 + 24 * t1 * t1) * d2 * d2 * d / 120) / cos;
        out.x = Math.toDegrees(lon);
        out.y = Math.toDegrees(phi);
    }

    /** A projected copy of a WGS84 geometry (x = lon, y = lat). */
    public Geometry project(Geometry wgs84) {
        Geometry g = wgs84.copy();
        g.apply(new Filter(true));
        g.geometryChanged();
        return g;
    }

    /** A WGS84 copy of a projected geometry. */
    public Geometry unproject(Geometry projected) {
        Geometry g = projected.copy();
        g.apply(new Filter(false));
        g.geometryChanged();
        return g;
    }

    private final class Filter implements CoordinateSequenceFilter {
        private final boolean forward;
        private final Coordinate tmp = new Coordinate();

        Filter(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            if (forward) {
                forward(seq.getX(i), seq.getY(i), tmp);
            } else {
                inverse(seq.getX(i), seq.getY(i), tmp);
            }
            seq.setOrdinate(i, 0, tmp.x);
            seq.setOrdinate(i, 1, tmp.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
