package de.netzatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.schools.SchoolStatus;

/**
 * The chapter "Schulen ans Netz" from the schools register: every school in its audited state at
 * the end of the cut-off day ({@code AssetService.asOf}), connected when its status history says
 * "angeschlossen" on that day (a connection dated later does not count yet). Status label and
 * planned date are those of that day too. Reads only.
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
        List<de.netzatlas.schools.School> asOf = schools.asOf(ServiceFibreChapterSource.endOfDay(cutOff));
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        boolean demo = asOf.stream().allMatch(de.netzatlas.schools.School::demo); // real records win over demo ones
        List<SchoolsChapterSource.School> out = new ArrayList<>();
        for (de.netzatlas.schools.School s : asOf) {
            if (s.demo() != demo || s.location() == null) {
                continue; // real and demo data never mix in one chapter
            }
            SchoolStatus status = s.history().statusOn(cutOff).orElse(SchoolStatus.NICHT_ANGESCHLOSSEN);
            boolean connected = status == SchoolStatus.ANGESCHLOSSEN;
            LocalDate on = connected ? s.history().reached(SchoolStatus.ANGESCHLOSSEN)
                    .filter(d -> !d.isAfter(cutOff)).orElse(null) : null;
            String kreis = regions.byAgs(s.gemeindeAgs()).flatMap(Region::parent).orElse("");
            String bandwidth = s.downMbit() == null ? "" : s.downMbit() + (s.upMbit() == null ? "" : "/" + s.upMbit())
                    + " Mbit/s";
            out.add(new SchoolsChapterSource.School(s.id().toString(), s.name(), s.gemeindeAgs(), kreis,
                    s.location().lat(), s.location().lon(), connected, on, connected ? bandwidth : "", status.label(),
                    s.plannedDate()));
        }
        return Optional.of(new Data(cutOff, demo ? "Register Schulen ans Netz (Demodaten)"
                : "Register Schulen ans Netz (Netzatlas), Einträge zum Stichtag", demo, out));
    }
}
