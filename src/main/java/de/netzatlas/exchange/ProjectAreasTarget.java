package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.GEOMETRY;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Transaction;

/**
 * Project areas from GeoJSON: each feature's Polygon/MultiPolygon (holes allowed) becomes the area
 * of the existing project named by its {@code id} or {@code name} property. Nothing else changes.
 */
public final class ProjectAreasTarget implements ImportTarget<FibreProject> {

    static final List<TargetField> FIELDS = List.of(
            TargetField.of("id", "Projekt-ID", false, TEXT, "ID", "Projekt ID", "project id", "uuid"),
            TargetField.of("name", "Projektname", false, TEXT, "Name", "Projekt", "Bezeichnung", "project"),
            TargetField.of("kreis_ags", "Kreis (AGS)", false, TEXT, "Kreis", "Landkreis", "district"),
            TargetField.of("geometry", "Fläche", true, GEOMETRY));

    private final FibreProjectService projects;

    public ProjectAreasTarget(FibreProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String id() {
        return "project-areas";
    }

    @Override
    public String label() {
        return "Projektflächen";
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public Set<String> auditTables() {
        return Set.of(FibreProjectService.auditTable());
    }

    @Override
    public RowValidator<FibreProject> validator() {
        List<FibreProject> existing = projects.all();
        Map<UUID, Long> seen = new HashMap<>();
        return row -> {
            String idText = row.text("id");
            String name = row.text("name");
            String kreis = row.text("kreis_ags");
            UUID id = null;
            if (idText != null) {
                try {
                    id = UUID.fromString(idText);
                } catch (IllegalArgumentException e) {
                    row.error("id", idText, "„" + idText + "“ ist keine Projekt-ID (UUID).");
                }
            }
            if (idText == null && name == null) {
                row.error("name", null, "Objekt nennt weder Projekt-ID noch Projektname.");
            }
            Geometry g = row.geometry();
            Geometry area = null;
            if (g == null) {
                row.error("geometry", null, "Objekt hat keine (verwendbare) Geometrie.");
            } else {
                try {
                    area = ProjectAreas.validate("Objekt " + row.row(), asPolygonal(g));
                } catch (IllegalArgumentException e) {
                    row.error("geometry", g.getGeometryType(), e.getMessage());
                }
            }
            if (!row.ok()) {
                return null;
            }
            Optional<FibreProject> match = ProjectsTarget.match(existing, id, name, kreis);
            if (match.isEmpty()) {
                row.error(idText != null ? "id" : "name", idText != null ? idText : name,
                        "Kein Projekt „" + (idText != null ? idText : name) + "“ vorhanden; Flächen werden nur vorhandenen "
                                + "Projekten zugeordnet.");
                return null;
            }
            Long earlier = seen.putIfAbsent(match.get().id(), row.row());
            if (earlier != null) {
                row.error("name", name, "Fläche für dieses Projekt kommt doppelt vor, zuerst in Objekt " + earlier + ".");
                return null;
            }
            return match.get().withArea(area);
        };
    }

    static Geometry asPolygonal(Geometry g) {
        if (g instanceof org.locationtech.jts.geom.Polygon || g instanceof org.locationtech.jts.geom.MultiPolygon) {
            return g;
        }
        throw new IllegalArgumentException("Objekt: " + g.getGeometryType() + " ist keine Fläche; erwartet werden Polygon "
                + "oder MultiPolygon.");
    }

    @Override
    public TargetWriter<FibreProject> writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems) {
        return (p, line) -> {
            Optional<FibreProject> old = projects.find(tx, p.id());
            if (old.isEmpty()) {
                throw new IllegalStateException("Projekt " + p.name() + " gibt es nicht mehr.");
            }
            if (ProjectsTarget.sameArea(old.get().area(), p.area())) {
                return Outcome.UNCHANGED;
            }
            if (old.get().area() != null && policy == ExistingPolicy.SKIP) {
                problems.warning(line, "name", p.name(), "Projekt „" + p.name() + "“ hat schon eine andere Fläche – übersprungen.");
                return Outcome.SKIPPED;
            }
            projects.saveImported(tx, cs, old.get().withArea(p.area()), old);
            return Outcome.UPDATED;
        };
    }

    @Override
    public void undo(Transaction tx, ChangeSet cs, List<AuditEntry> entries) {
        projects.revert(tx, cs, entries);
    }
}
