package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.DATE;
import static de.netzatlas.exchange.TargetField.FieldType.INTEGER;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.netzatlas.exchange.RegionStatisticsRepository.Statistics;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditAction;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Transaction;

/**
 * Statistics per region (Land, Kreis or Gemeinde, keyed by AGS): population and households with
 * their reference dates and the households' source, e.g. from a GENESIS table. An empty cell keeps
 * the stored value (a file never erases a figure by leaving it out). Audited per region.
 */
public final class RegionStatisticsTarget implements ImportTarget<RegionStatisticsTarget.Row> {

    public static final String TABLE = "region";

    /** A validated row: AGS and the figures given (null: keep the stored one). */
    public record Row(String ags, Integer population, LocalDate populationDate, Integer households,
                      LocalDate householdsDate, String householdsSource) {
    }

    static final List<TargetField> FIELDS = List.of(
            TargetField.of("ags", "Gemeindeschlüssel", true, TEXT, "AGS", "Gemeindeschluessel", "Regionalschlüssel",
                    "Amtlicher Gemeindeschlüssel", "Schlüssel", "GKZ", "code", "region code", "municipality code"),
            TargetField.of("name", "Name", false, TEXT, "Gemeinde", "Gemeindename", "Region", "municipality"),
            TargetField.of("einwohner", "Einwohner", false, INTEGER, "Bevölkerung", "Bevölkerung insgesamt",
                    "Einwohnerzahl", "population", "inhabitants", "Insgesamt"),
            TargetField.of("einwohner_stand", "Stand Einwohner", false, DATE, "Stichtag", "population date"),
            TargetField.of("haushalte", "Haushalte", false, INTEGER, "Privathaushalte", "households"),
            TargetField.of("haushalte_stand", "Stand Haushalte", false, DATE, "households date"),
            TargetField.of("haushalte_quelle", "Quelle Haushalte", false, TEXT, "Quelle", "source").max(300));

    private final RegionStatisticsRepository repository;
    private final RegionService regions;
    private final AuditLog audit;

    public RegionStatisticsTarget(RegionStatisticsRepository repository, RegionService regions, AuditLog audit) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "regions";
    }

    @Override
    public String label() {
        return "Regionsstatistik (Einwohner, Haushalte)";
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public Set<String> auditTables() {
        return Set.of(TABLE);
    }

    @Override
    public RowValidator<Row> validator() {
        Map<String, Long> seen = new HashMap<>();
        return row -> {
            String ags = row.text("ags");
            if (ags != null && regions.byAgs(ags).isEmpty()) {
                row.error("ags", ags, "Unbekannter Schlüssel „" + ags + "“ (keine Region in Sachsen-Anhalt).");
            }
            Integer population = row.count("einwohner");
            LocalDate populationDate = row.date("einwohner_stand");
            Integer households = row.count("haushalte");
            LocalDate householdsDate = row.date("haushalte_stand");
            String source = row.text("haushalte_quelle");
            if (population != null && households != null && households > population) {
                row.error("haushalte", String.valueOf(households), "Mehr Haushalte (" + households + ") als Einwohner ("
                        + population + ").");
            }
            if (!row.ok()) {
                return null;
            }
            Long earlier = seen.putIfAbsent(ags, row.row());
            if (earlier != null) {
                row.error("ags", ags, "Region " + ags + " kommt doppelt vor, zuerst in Zeile " + earlier + ".");
                return null;
            }
            return new Row(ags, population, populationDate, households, householdsDate, source);
        };
    }

    @Override
    public TargetWriter<Row> writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems) {
        boolean[] told = new boolean[2];
        return (r, line) -> {
            Statistics old = repository.find(tx, r.ags()).orElseThrow(() ->
                    new IllegalStateException("Region " + r.ags() + " fehlt."));
            Statistics next = new Statistics(r.ags(), pick(r.population(), old.population()),
                    dateOf(r.population(), r.populationDate(), old.population(), old.populationDate()),
                    pick(r.households(), old.households()),
                    dateOf(r.households(), r.householdsDate(), old.households(), old.householdsDate()),
                    pick(r.householdsSource(), old.householdsSource()), old.version());
            if (!told[0] && r.population() != null && r.populationDate() == null
                    && !Objects.equals(r.population(), old.population())) {
                told[0] = true;
                problems.warning(line, "einwohner_stand", null, "Neue Einwohnerzahlen ohne Stand: ihr Stand bleibt leer "
                        + "(der bisherige Stand gehört zu den alten Zahlen). Spalte „Stand Einwohner“ zuordnen.");
            }
            if (!told[1] && r.households() != null && r.householdsDate() == null
                    && !Objects.equals(r.households(), old.households())) {
                told[1] = true;
                problems.warning(line, "haushalte_stand", null, "Neue Haushaltszahlen ohne Stand: ihr Stand bleibt leer "
                        + "(der bisherige Stand gehört zu den alten Zahlen). Spalte „Stand Haushalte“ zuordnen.");
            }
            if (same(old, next)) {
                return Outcome.UNCHANGED;
            }
            boolean hadFigures = old.population() != null || old.households() != null;
            if (policy == ExistingPolicy.SKIP && hadFigures) {
                problems.warning(line, "ags", r.ags(), "Region " + r.ags() + " hat schon andere Zahlen – übersprungen.");
                return Outcome.SKIPPED;
            }
            int version = repository.update(tx, next, cs.user());
            audit.recordUpdate(tx, cs, TABLE, r.ags(), version, values(old), values(next));
            return Outcome.UPDATED;
        };
    }

    /**
     * The stand date that belongs to the figure kept: the file's date for a new figure (none if the
     * file gives none: the stored date belongs to the old figure), the stored one for an unchanged figure.
     */
    private static LocalDate dateOf(Integer given, LocalDate givenDate, Integer stored, LocalDate storedDate) {
        if (given == null || Objects.equals(given, stored)) {
            return pick(givenDate, storedDate);
        }
        return givenDate;
    }

    private static <V> V pick(V given, V stored) {
        return given != null ? given : stored;
    }

    private static boolean same(Statistics a, Statistics b) {
        return Objects.equals(a.population(), b.population()) && Objects.equals(a.populationDate(), b.populationDate())
                && Objects.equals(a.households(), b.households()) && Objects.equals(a.householdsDate(), b.householdsDate())
                && Objects.equals(a.householdsSource(), b.householdsSource());
    }

    static Map<String, Object> values(Statistics s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("population", s.population());
        v.put("population_date", s.populationDate() == null ? null : s.populationDate().toString());
        v.put("households", s.households());
        v.put("households_date", s.householdsDate() == null ? null : s.householdsDate().toString());
        v.put("households_source", s.householdsSource());
        return v;
    }

    private static Statistics fromValues(String ags, Map<String, Object> v) {
        return new Statistics(ags, v.get("population") == null ? null : ((Number) v.get("population")).intValue(),
                v.get("population_date") == null ? null : LocalDate.parse((String) v.get("population_date")),
                v.get("households") == null ? null : ((Number) v.get("households")).intValue(),
                v.get("households_date") == null ? null : LocalDate.parse((String) v.get("households_date")),
                (String) v.get("households_source"), 0);
    }

    @Override
    public void undo(Transaction tx, ChangeSet cs, List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            if (e.action() == AuditAction.UPDATE && e.oldValues() != null) {
                Statistics old = fromValues(e.rowKey(), e.oldValues());
                int version = repository.update(tx, old, cs.user());
                audit.recordUpdate(tx, cs, TABLE, e.rowKey(), version, e.newValues(), e.oldValues());
            }
        }
    }

    @Override
    public void afterCommit() {
        regions.reload();
    }
}
