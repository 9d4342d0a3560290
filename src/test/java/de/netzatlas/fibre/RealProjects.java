package de.netzatlas.fibre;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Test data for features that only work on real records (exports leave demo data out, decision
 * 0017): the demo projects, taken out of the demo data and saved again as ordinary projects.
 */
public final class RealProjects {

    private RealProjects() {
    }

    /** Replaces the loaded demo projects by real copies (new ids); returns how many. */
    public static int replaceDemoProjects(FibreProjectService projects, DemoDataService demo) {
        List<FibreProject> demoProjects = projects.all().stream().filter(FibreProject::demo).toList();
        demo.remove();
        for (FibreProject p : demoProjects) {
            projects.create(new FibreProject(UUID.nameUUIDFromBytes(p.id().toString().getBytes(StandardCharsets.UTF_8)),
                    p.name(), p.kreisAgs(), p.gemeinden(), p.area(), p.model(), p.programme(), p.operator(),
                    p.households(), p.businesses(), p.schools(), p.funding(), p.weakArea(), p.status(),
                    p.statusSince(), p.start(), p.plannedCompletion(), p.actualCompletion(), p.milestones(), p.notes(),
                    false, 0));
        }
        return demoProjects.size();
    }
}
