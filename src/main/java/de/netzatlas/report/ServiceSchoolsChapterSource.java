package de.netzatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.asset.ValidTime;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.schools.SchoolStatus;

/**
 * The chapter "Schulen ans Netz" from the schools register, by valid time ({@link ValidTime}):
 * every school as currently known, connected on the cut-off day when its status history — dated by
 * the connection date where a step has no date of its own — says "angeschlossen" on that day. Demo
 * schools count only while no real school is registered. Reads only.
 */
public final class ServiceSchoolsChapterSource implements SchoolsChapterSource {

    private final SchoolService schools;
    private final RegionService regions;

    public ServiceSchoolsChapterSource(SchoolService schools, RegionService regions) {
        this.schools = schools;
        this.regions = regions;
    }

    @Override
    public Optional<Data> asOf(LocalDate cutOff) {
        List<de.netzatlas.schools.School> current = schools.all();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        boolean demo = !current.stream().anyMatch(s -> !s.demo()); // real records win over demo ones
        java.util.Map<java.util.UUID, java.util.Map<String, LocalDate>> recorded = demo ? java.util.Map.of()
                : schools.firstRecorded(ServiceFibreChapterSource.ZONE);
        List<SchoolsChapterSource.School> out = new ArrayList<>();
        int byEntryTime = 0;
        // a planned date has no valid time of its own: the plan as recorded at the end of the cut-off day
        java.util.Map<java.util.UUID, LocalDate> plannedThen = new java.util.HashMap<>();
        for (de.netzatlas.schools.School then : schools.asOf(ServiceFibreChapterSource.endOfDay(cutOff))) {
            plannedThen.put(then.id(), then.plannedDate());
        }
        for (de.netzatlas.schools.School s : current) {
            if (s.demo() != demo || s.location() == null) {
                continue; // real and demo data never mix in one chapter
            }
            ValidTime.Dated<SchoolStatus> dated = ValidTime.history(s.history(), s::dateOf, recorded.get(s.id()));
            SchoolStatus status = dated.history().statusOn(cutOff).orElse(SchoolStatus.NICHT_ANGESCHLOSSEN);
            if (dated.byEntryTime()) {
                byEntryTime++;
            }
            boolean connected = status == SchoolStatus.ANGESCHLOSSEN;
            LocalDate on = connected ? dated.history().reached(SchoolStatus.ANGESCHLOSSEN)
                    .filter(d -> !d.isAfter(cutOff)).orElse(null) : null;
            String kreis = regions.byAgs(s.gemeindeAgs()).flatMap(Region::parent).orElse("");
            String bandwidth = s.downMbit() == null ? "" : s.downMbit() + (s.upMbit() == null ? "" : "/" + s.upMbit())
                    + " Mbit/s";
            out.add(new SchoolsChapterSource.School(s.id().toString(), s.name(), s.gemeindeAgs(), kreis,
                    s.location().lat(), s.location().lon(), connected, on, connected ? bandwidth : "", status.label(),
                    plannedThen.containsKey(s.id()) ? plannedThen.get(s.id()) : s.plannedDate()));
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Data(cutOff, demo ? "Register Schulen ans Netz (Demodaten)"
                : "Register Schulen ans Netz (Netzatlas), Status laut Statushistorie zum Stichtag", demo, out,
                byEntryTime));
    }
}
