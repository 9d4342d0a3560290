package de.netzatlas.fibre;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;

/**
 * A rollout project (Ausbauprojekt): where (Kreis, Gemeinden, area polygons in WGS84), how it is
 * financed, what it connects, where it stands (status with dates, milestones). {@code version} is
 * the stored version (0 for a project not yet saved), used for optimistic locking.
 */
public record FibreProject(
        UUID id,
        String name,
        String kreisAgs,
        List<String> gemeinden,
        Geometry area,
        FundingModel model,
        Programme programme,
        String operator,
        int households,
        int businesses,
        int schools,
        Funding funding,
        boolean weakArea,
        ProjectStatus status,
        LocalDate statusSince,
        LocalDate start,
        LocalDate plannedCompletion,
        LocalDate actualCompletion,
        List<Milestone> milestones,
        String notes,
        boolean demo,
        int version) {

    public FibreProject {
        gemeinden = List.copyOf(gemeinden);
        milestones = List.copyOf(milestones);
        funding = funding == null ? Funding.UNKNOWN : funding;
    }

    public Optional<Geometry> areaIfAny() {
        return Optional.ofNullable(area);
    }

    /** The date households count as connected: the actual completion, else the planned one. */
    public Optional<LocalDate> completion() {
        return Optional.ofNullable(actualCompletion != null ? actualCompletion : plannedCompletion);
    }

    public FibreProject withVersion(int newVersion) {
        return new FibreProject(id, name, kreisAgs, gemeinden, area, model, programme, operator, households,
                businesses, schools, funding, weakArea, status, statusSince, start, plannedCompletion,
                actualCompletion, milestones, notes, demo, newVersion);
    }

    public FibreProject withStatus(ProjectStatus newStatus, LocalDate since, LocalDate actual) {
        return new FibreProject(id, name, kreisAgs, gemeinden, area, model, programme, operator, households,
                businesses, schools, funding, weakArea, newStatus, since, start, plannedCompletion,
                actual, milestones, notes, demo, version);
    }

    /** The same project with other funding figures and milestones (e.g. as it stood earlier). */
    public FibreProject withFundingAndMilestones(Funding newFunding, List<Milestone> newMilestones) {
        return new FibreProject(id, name, kreisAgs, gemeinden, area, model, programme, operator, households,
                businesses, schools, newFunding, weakArea, status, statusSince, start, plannedCompletion,
                actualCompletion, newMilestones, notes, demo, version);
    }

    public FibreProject withName(String newName) {
        return new FibreProject(id, newName, kreisAgs, gemeinden, area, model, programme, operator, households,
                businesses, schools, funding, weakArea, status, statusSince, start, plannedCompletion,
                actualCompletion, milestones, notes, demo, version);
    }

    public FibreProject withArea(Geometry newArea) {
        return new FibreProject(id, name, kreisAgs, gemeinden, newArea, model, programme, operator, households,
                businesses, schools, funding, weakArea, status, statusSince, start, plannedCompletion,
                actualCompletion, milestones, notes, demo, version);
    }
}
