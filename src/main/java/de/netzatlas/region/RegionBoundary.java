package de.netzatlas.region;

import org.locationtech.jts.geom.Geometry;

/** The boundary geometry (WGS84, x = lon, y = lat) of one region. */
public record RegionBoundary(String ags, RegionLevel level, Geometry geometry) {
}
