package de.netzatlas.map.layer;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

import de.netzatlas.map.WebMercator;

/** WGS84 geometry → a copy in Web-Mercator world units (0..1), projected once per data load. */
final class WorldGeometry {

    private WorldGeometry() {
    }

    static Geometry of(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, WebMercator.worldX(lon));
                seq.setOrdinate(i, 1, WebMercator.worldY(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
