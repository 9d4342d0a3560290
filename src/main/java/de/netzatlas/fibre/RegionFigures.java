package de.netzatlas.fibre;

import de.netzatlas.region.Region;

/** The coverage figures of one region (Land, Kreis or Gemeinde) at one stand. */
public record RegionFigures(Region region, CoverageFigures figures) {
}
