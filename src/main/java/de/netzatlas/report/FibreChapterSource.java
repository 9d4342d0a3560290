package de.netzatlas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.RegionFigures;
import de.netzatlas.scenario.ProjectionPoint;

/**
 * What the Glasfaser chapter reads, as of a cut-off date. Implemented from the fibre services by
 * {@link ServiceFibreChapterSource}; empty when there is no coverage stand on or before the date.
 */
public interface FibreChapterSource {

    /**
     * @param stand      the last coverage stand on or before the cut-off
     * @param land       figures of the whole state at that stand (over the Gemeinden that have data)
     * @param kreise     figures per Kreis (sorted by AGS)
     * @param gemeinden  figures per Gemeinde (for the map)
     * @param history    the Land figures of every stand of the same kind up to the cut-off, oldest first
     * @param projects   every project as it stood on the cut-off day by its own dates (valid time)
     * @param projection the projection from this stand to 2030 (Land level points)
     * @param extent     how much of the Land the stand covers (partial stands say so)
     * @param projectsByEntryTime projects without any status date, taken by the time they were entered
     */
    record Data(CoverageStand stand, RegionFigures land, List<RegionFigures> kreise, List<RegionFigures> gemeinden,
                List<StandFigures> history, List<FibreProject> projects, List<ProjectionPoint> projection,
                Extent extent, int projectsByEntryTime) {
        public Data {
            kreise = List.copyOf(kreise);
            gemeinden = List.copyOf(gemeinden);
            history = List.copyOf(history);
            projects = List.copyOf(projects);
            projection = List.copyOf(projection);
            extent = extent == null ? Extent.UNKNOWN : extent;
        }

        public Data(CoverageStand stand, RegionFigures land, List<RegionFigures> kreise, List<RegionFigures> gemeinden,
                    List<StandFigures> history, List<FibreProject> projects, List<ProjectionPoint> projection) {
            this(stand, land, kreise, gemeinden, history, projects, projection, Extent.UNKNOWN, 0);
        }
    }

    /**
     * The part of the Land a coverage stand covers: Gemeinden with a row out of all Gemeinden, their
     * households out of the Land's, and per Kreis (AGS) how many of its Gemeinden have a row and how many
     * it has. {@link #UNKNOWN} (no region figures) counts as complete.
     */
    record Extent(int gemeinden, int gemeindenTotal, long households, long householdsTotal,
                  java.util.Map<String, int[]> perKreis) {
        public static final Extent UNKNOWN = new Extent(0, 0, 0, 0, java.util.Map.of());

        public Extent {
            perKreis = java.util.Map.copyOf(perKreis);
        }

        public boolean partial() {
            return gemeindenTotal > 0 && gemeinden < gemeindenTotal;
        }

        /** Households of the covered Gemeinden as a share of the Land's (0..1; 1 when unknown). */
        public double householdShare() {
            return householdsTotal <= 0 ? 1 : Math.min(1, (double) households / householdsTotal);
        }

        public boolean partial(String kreisAgs) {
            int[] k = perKreis.get(kreisAgs);
            return k != null && k[0] < k[1];
        }
    }

    /** Land figures of one stand. */
    record StandFigures(CoverageStand stand, RegionFigures land) {
    }

    Optional<Data> asOf(LocalDate cutOff);
}
