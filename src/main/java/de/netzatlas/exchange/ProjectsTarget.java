package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.BOOLEAN;
import static de.netzatlas.exchange.TargetField.FieldType.DATE;
import static de.netzatlas.exchange.TargetField.FieldType.DECIMAL;
import static de.netzatlas.exchange.TargetField.FieldType.GEOMETRY;
import static de.netzatlas.exchange.TargetField.FieldType.INTEGER;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ValidationIssue;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Transaction;

/**
 * Rollout projects (one row per project; Gemeinden as a comma-separated AGS list; with GeoJSON the
 * feature's polygon is the area). Natural key: the project id when given, else name + Kreis.
 * Every project passes the same {@code ProjectValidator} as the form; milestones and the demo flag
 * of an existing project are kept. Audited per project like edits in the app, so undo works the same.
 */
public final class ProjectsTarget implements ImportTarget<FibreProject> {

    static final List<TargetField> FIELDS = List.of(
            TargetField.of("id", "Projekt-ID", false, TEXT, "ID", "Projekt ID", "project id", "uuid"),
            TargetField.of("name", "Projektname", true, TEXT, "Name", "Projekt", "Bezeichnung", "project", "title").max(300),
            TargetField.of("kreis_ags", "Kreis (AGS)", true, TEXT, "Kreis", "Landkreis", "Kreisschlüssel", "district"),
            TargetField.of("gemeinden", "Gemeinden (AGS)", false, TEXT, "Gemeindeschlüssel", "municipalities"),
            TargetField.of("modell", "Modell", true, TEXT, "Fördermodell", "Finanzierungsmodell", "model", "funding model"),
            TargetField.of("programm", "Förderprogramm", true, TEXT, "Programm", "programme", "program"),
            TargetField.of("betreiber", "Betreiber", false, TEXT, "Netzbetreiber", "operator", "carrier").max(200),
            TargetField.of("haushalte", "Haushalte", false, INTEGER, "households"),
            TargetField.of("unternehmen", "Unternehmen", false, INTEGER, "businesses", "companies"),
            TargetField.of("schulen", "Schulen", false, INTEGER, "schools"),
            TargetField.of("kosten_gesamt", "Gesamtkosten (€)", false, DECIMAL, "Kosten", "Gesamtkosten", "total cost", "cost"),
            TargetField.of("anteil_bund", "Anteil Bund (€)", false, DECIMAL, "Bund", "federal share"),
            TargetField.of("anteil_land", "Anteil Land (€)", false, DECIMAL, "Land", "state share"),
            TargetField.of("anteil_kommune", "Anteil Kommune (€)", false, DECIMAL, "Kommune", "municipal share"),
            TargetField.of("anteil_betreiber", "Anteil Betreiber (€)", false, DECIMAL, "Eigenanteil", "operator share"),
            TargetField.of("weisser_fleck", "Weißer/grauer Fleck", false, BOOLEAN, "Fördergebiet", "weak area"),
            TargetField.of("status", "Status", true, TEXT, "Projektstatus", "state"),
            TargetField.of("status_seit", "Status seit", false, DATE, "status since"),
            TargetField.of("baubeginn", "Baubeginn", false, DATE, "Start", "start date"),
            TargetField.of("fertigstellung_geplant", "Fertigstellung geplant", false, DATE, "geplante Fertigstellung",
                    "planned completion"),
            TargetField.of("fertigstellung_ist", "Fertigstellung tatsächlich", false, DATE, "Fertigstellung",
                    "actual completion"),
            TargetField.of("bemerkungen", "Bemerkungen", false, TEXT, "Notizen", "Anmerkungen", "notes", "remarks").max(4000),
            TargetField.of("geometry", "Fläche", false, GEOMETRY));

    private final FibreProjectService projects;

    public ProjectsTarget(FibreProjectService projects) {
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
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public Set<String> auditTables() {
        return Set.of(FibreProjectService.auditTable());
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, java.util.function.Function<E, String> label) {
        String t = text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || label.apply(e).equalsIgnoreCase(t)) {
                return e;
            }
        }
        String n = ColumnMapping.normalize(t);
        for (E e : type.getEnumConstants()) {
            String l = ColumnMapping.normalize(label.apply(e));
            if (!n.isEmpty() && (l.contains(n) || ColumnMapping.normalize(e.name()).equals(n))) {
                return e;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String choices(Class<E> type, java.util.function.Function<E, String> label) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(label.apply(e));
        }
        return String.join(", ", out);
    }

    @Override
    public RowValidator<FibreProject> validator() {
        List<FibreProject> existing = projects.all();
        Map<String, Long> seen = new HashMap<>();
        return row -> {
            String idText = row.text("id");
            UUID id = null;
            if (idText != null) {
                try {
                    id = UUID.fromString(idText);
                } catch (IllegalArgumentException e) {
                    row.error("id", idText, "„" + idText + "“ ist keine Projekt-ID (UUID).");
                }
            }
            String name = row.text("name");
            String kreis = row.text("kreis_ags");
            String gemeindenText = row.text("gemeinden");
            List<String> gemeinden = new ArrayList<>();
            if (gemeindenText != null) {
                for (String g : gemeindenText.split("[,;\\s]+")) {
                    if (!g.isBlank()) {
                        gemeinden.add(g.trim());
                    }
                }
            }
            FundingModel model = enumField(row, "modell", FundingModel.class, FundingModel::label);
            Programme programme = enumField(row, "programm", Programme.class, Programme::label);
            ProjectStatus status = enumField(row, "status", ProjectStatus.class, ProjectStatus::label);
            String operator = row.text("betreiber");
            Integer households = row.count("haushalte");
            Integer businesses = row.count("unternehmen");
            Integer schools = row.count("schulen");
            Funding funding = new Funding(row.decimal("kosten_gesamt"), row.decimal("anteil_bund"),
                    row.decimal("anteil_land"), row.decimal("anteil_kommune"), row.decimal("anteil_betreiber"));
            Boolean weak = row.bool("weisser_fleck");
            LocalDate statusSince = row.date("status_seit");
            LocalDate start = row.date("baubeginn");
            LocalDate planned = row.date("fertigstellung_geplant");
            LocalDate actual = row.date("fertigstellung_ist");
            String notes = row.text("bemerkungen");
            Geometry area = null;
            if (row.geometry() != null) {
                try {
                    area = ProjectAreas.validate("Objekt " + row.row(), ProjectAreasTarget.asPolygonal(row.geometry()));
                } catch (IllegalArgumentException e) {
                    row.error("geometry", null, e.getMessage());
                }
            }
            if (!row.ok()) {
                return null;
            }
            Optional<FibreProject> match = match(existing, id, name, kreis);
            FibreProject old = match.orElse(null);
            UUID key = old != null ? old.id() : id != null ? id : UUID.randomUUID();
            Long earlier = seen.putIfAbsent(key.toString(), row.row());
            if (earlier != null) {
                row.error(idText != null ? "id" : "name", idText != null ? idText : name,
                        "Projekt kommt doppelt vor, zuerst in Zeile " + earlier + ".");
                return null;
            }
            FibreProject p = new FibreProject(key, name, kreis, gemeinden,
                    area != null ? area : old != null ? old.area() : null, model, programme, operator,
                    households == null ? 0 : households, businesses == null ? 0 : businesses,
                    schools == null ? 0 : schools, funding, weak != null && weak, status, statusSince, start, planned,
                    actual, old != null ? old.milestones() : List.of(), notes, old != null && old.demo(),
                    old != null ? old.version() : 0);
            for (ValidationIssue issue : projects.validate(p)) {
                String column = fieldOf(issue.field());
                if (issue.isError()) {
                    row.error(column, null, issue.message());
                } else {
                    row.warning(column, null, issue.message());
                }
            }
            return row.ok() ? p : null;
        };
    }

    /** Maps a validator field name (English column) to this target's field key where they differ. */
    private static String fieldOf(String field) {
        return switch (field == null ? "" : field) {
            case "model" -> "modell";
            case "programme" -> "programm";
            case "operator" -> "betreiber";
            case "households" -> "haushalte";
            case "cost_total", "funding" -> "kosten_gesamt";
            case "weak_area" -> "weisser_fleck";
            case "status_since" -> "status_seit";
            case "start_date", "start" -> "baubeginn";
            case "planned_completion" -> "fertigstellung_geplant";
            case "actual_completion" -> "fertigstellung_ist";
            case "area" -> "geometry";
            default -> field == null ? "-" : field;
        };
    }

    private static <E extends Enum<E>> E enumField(MappedRow row, String key, Class<E> type,
                                                    java.util.function.Function<E, String> label) {
        String t = row.text(key);
        if (t == null) {
            return null;
        }
        E e = parseEnum(type, t, label);
        if (e == null) {
            row.error(key, t, "„" + t + "“ ist kein gültiger Wert; möglich: " + choices(type, label) + ".");
        }
        return e;
    }

    static Optional<FibreProject> match(List<FibreProject> existing, UUID id, String name, String kreis) {
        if (id != null) {
            Optional<FibreProject> byId = existing.stream().filter(p -> p.id().equals(id)).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.GERMAN);
        return existing.stream().filter(p -> p.name().trim().toLowerCase(Locale.GERMAN).equals(n)
                && (kreis == null || kreis.equals(p.kreisAgs()))).findFirst();
    }

    @Override
    public TargetWriter<FibreProject> writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems) {
        return (p, line) -> {
            Optional<FibreProject> old = projects.find(tx, p.id());
            if (old.isPresent() && same(old.get(), p)) {
                return Outcome.UNCHANGED;
            }
            if (old.isPresent() && policy == ExistingPolicy.SKIP) {
                problems.warning(line, "name", p.name(), "Projekt „" + p.name() + "“ gibt es schon mit anderen Werten – übersprungen.");
                return Outcome.SKIPPED;
            }
            projects.saveImported(tx, cs, p, old);
            return old.isPresent() ? Outcome.UPDATED : Outcome.INSERTED;
        };
    }

    /** Same content (ignoring version; money compared by value, areas exactly to 1e-9 degrees). */
    static boolean same(FibreProject a, FibreProject b) {
        return a.name().equals(b.name()) && a.kreisAgs().equals(b.kreisAgs())
                && new java.util.TreeSet<>(a.gemeinden()).equals(new java.util.TreeSet<>(b.gemeinden()))
                && sameArea(a.area(), b.area()) && a.model() == b.model() && a.programme() == b.programme()
                && Objects.equals(blank(a.operator()), blank(b.operator())) && a.households() == b.households()
                && a.businesses() == b.businesses() && a.schools() == b.schools()
                && money(a.funding().costTotal(), b.funding().costTotal()) && money(a.funding().bund(), b.funding().bund())
                && money(a.funding().land(), b.funding().land()) && money(a.funding().kommune(), b.funding().kommune())
                && money(a.funding().operator(), b.funding().operator()) && a.weakArea() == b.weakArea()
                && a.status() == b.status() && Objects.equals(a.statusSince(), b.statusSince())
                && Objects.equals(a.start(), b.start()) && Objects.equals(a.plannedCompletion(), b.plannedCompletion())
                && Objects.equals(a.actualCompletion(), b.actualCompletion())
                && Objects.equals(blank(a.notes()), blank(b.notes()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean money(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static boolean sameArea(Geometry a, Geometry b) {
        return a == null ? b == null : b != null && a.equalsExact(b, 1e-9);
    }

    @Override
    public void undo(Transaction tx, ChangeSet cs, List<AuditEntry> entries) {
        projects.revert(tx, cs, entries);
    }
}
