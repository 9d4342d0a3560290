package de.netzatlas.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.FibreProjectService;

/** Every rollout project (by name) with its area as geometry, in the columns of the projects import. */
public final class ProjectsExport implements ExportSource {

    private final FibreProjectService projects;

    public ProjectsExport(FibreProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String id() {
        return "projects";
    }

    @Override
    public String label() {
        return "Ausbauprojekte";
    }

    @Override
    public List<Column> columns() {
        return ProjectsTarget.FIELDS.stream().filter(f -> f.type() != TargetField.FieldType.GEOMETRY)
                .map(f -> new Column(f.key(), f.type())).toList();
    }

    @Override
    public void rows(Consumer<Row> sink) {
        List<FibreProject> all = new ArrayList<>(projects.all());
        all.sort(Comparator.comparing(FibreProject::name).thenComparing(p -> p.id().toString()));
        for (FibreProject p : all) {
            List<Object> v = new ArrayList<>(Arrays.asList(p.id().toString(), p.name(), p.kreisAgs(),
                    String.join(",", p.gemeinden()), p.model().label(), p.programme().label(), p.operator(),
                    p.households(), p.businesses(), p.schools(), p.funding().costTotal(), p.funding().bund(),
                    p.funding().land(), p.funding().kommune(), p.funding().operator(), p.weakArea(), p.status().label(),
                    p.statusSince(), p.start(), p.plannedCompletion(), p.actualCompletion(), p.notes()));
            sink.accept(new Row(v, p.area(), p.demo()));
        }
    }
}
