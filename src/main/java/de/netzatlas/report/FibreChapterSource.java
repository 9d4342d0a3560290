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
     * @param land       figures of the whole state at that stand
     * @param kreise     figures per Kreis (sorted by AGS)
     * @param gemeinden  figures per Gemeinde (for the map)
     * @param history    the Land figures of every stand of the same kind up to the cut-off, oldest first
     * @param projects   every project in its state at the cut-off (from the audit history)
     * @param projection the projection from this stand to 2030 (Land level points)
     */
    record Data(CoverageStand stand, RegionFigures land, List<RegionFigures> kreise, List<RegionFigures> gemeinden,
                List<StandFigures> history, List<FibreProject> projects, List<ProjectionPoint> projection) {
        public Data {
            kreise = List.copyOf(kreise);
            gemeinden = List.copyOf(gemeinden);
            history = List.copyOf(history);
            projects = List.copyOf(projects);
            projection = List.copyOf(projection);
        }
    }

    /** Land figures of one stand. */
    record StandFigures(CoverageStand stand, RegionFigures land) {
    }

    Optional<Data> asOf(LocalDate cutOff);
}
