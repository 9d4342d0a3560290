package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.DATE;
import static de.netzatlas.exchange.TargetField.FieldType.INTEGER;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.GemeindeCoverage;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditAction;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Transaction;

/**
 * Coverage per Gemeinde and stand (the columns of the coverage CSV in the README). Natural key:
 * stand date + AGS. Audit: a stand the import creates is ONE audit entry (stand date, source, row
 * count) – its rows are not audited one by one, undo removes the stand with its rows; rows added to
 * or overwritten in an existing stand are audited per row with old and new values.
 */
public final class CoverageTarget implements ImportTarget<CoverageTarget.StandRow> {

    public static final String STAND_TABLE = "coverage_stand";
    public static final String ROW_TABLE = "coverage";
    private static final int BATCH = 2_000;

    /** One validated row: the stand it belongs to and the Gemeinde's counts. */
    public record StandRow(LocalDate stand, GemeindeCoverage coverage) {
    }

    static final List<TargetField> FIELDS = List.of(
            TargetField.of("ags", "Gemeindeschlüssel", true, TEXT, "AGS", "Gemeindeschluessel",
                    "Amtlicher Gemeindeschlüssel", "Gemeindekennziffer", "GKZ", "municipality key", "municipality code"),
            TargetField.of("name", "Gemeindename", false, TEXT, "Gemeinde", "Name", "municipality"),
            TargetField.of("stand", "Stand", true, DATE, "Datum", "Stichtag", "Stand Datum", "date", "reference date"),
            TargetField.of("haushalte", "Haushalte", true, INTEGER, "Haushalte gesamt", "households", "HH"),
            TargetField.of("hh_30", "Haushalte ≥ 30 Mbit/s", true, INTEGER, "30 Mbit/s", "households 30"),
            TargetField.of("hh_50", "Haushalte ≥ 50 Mbit/s", true, INTEGER, "50 Mbit/s", "households 50"),
            TargetField.of("hh_100", "Haushalte ≥ 100 Mbit/s", true, INTEGER, "100 Mbit/s", "households 100"),
            TargetField.of("hh_200", "Haushalte ≥ 200 Mbit/s", true, INTEGER, "200 Mbit/s", "households 200"),
            TargetField.of("hh_400", "Haushalte ≥ 400 Mbit/s", true, INTEGER, "400 Mbit/s", "households 400"),
            TargetField.of("hh_1000", "Haushalte ≥ 1000 Mbit/s", true, INTEGER, "1000 Mbit/s", "Gigabit", "households 1000"),
            TargetField.of("hh_ftth", "Haushalte FTTH", true, INTEGER, "FTTH"),
            TargetField.of("hh_fttb", "Haushalte FTTB", true, INTEGER, "FTTB"),
            TargetField.of("hh_hfc", "Haushalte HFC (Kabel)", true, INTEGER, "HFC", "Kabel", "cable"),
            TargetField.of("hh_dsl", "Haushalte VDSL/DSL", true, INTEGER, "DSL", "VDSL"),
            TargetField.of("homes_passed", "Homes Passed", false, INTEGER, "HP"),
            TargetField.of("homes_connected", "Homes Connected", false, INTEGER, "HC"),
            TargetField.of("unternehmen", "Unternehmen", false, INTEGER, "Betriebe", "businesses", "companies"),
            TargetField.of("unternehmen_1000", "Unternehmen ≥ 1000 Mbit/s", false, INTEGER, "businesses 1000"),
            TargetField.of("schulen", "Schulen", false, INTEGER, "schools"),
            TargetField.of("schulen_1000", "Schulen ≥ 1000 Mbit/s", false, INTEGER, "schools 1000"));

    /** Positions of the integer fields in {@link #FIELDS}; a row's counts are kept in an array by these. */
    private static final int HH = index("haushalte");
    private static final int FTTH = index("hh_ftth");
    private static final int FTTB = index("hh_fttb");
    private static final int HFC = index("hh_hfc");
    private static final int DSL = index("hh_dsl");
    private static final int PASSED = index("homes_passed");
    private static final int CONNECTED = index("homes_connected");
    private static final int BUSINESSES = index("unternehmen");
    private static final int BUSINESSES_1000 = index("unternehmen_1000");
    private static final int SCHOOLS = index("schulen");
    private static final int SCHOOLS_1000 = index("schulen_1000");
    private static final int[] CLASSES = {index("hh_30"), index("hh_50"), index("hh_100"), index("hh_200"),
            index("hh_400"), index("hh_1000")};
    private static final int[] WITHIN_HOUSEHOLDS = {CLASSES[0], FTTH, FTTB, HFC, DSL, CONNECTED};

    private static int index(String key) {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (FIELDS.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private final CoverageExchangeRepository repository;
    private final RegionService regions;
    private final AuditLog audit;

    public CoverageTarget(CoverageExchangeRepository repository, RegionService regions, AuditLog audit) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "coverage";
    }

    @Override
    public String label() {
        return "Versorgungsdaten";
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public Set<String> auditTables() {
        return Set.of(STAND_TABLE, ROW_TABLE);
    }

    @Override
    public RowValidator<StandRow> validator() {
        // Gemeinde → position; per stand date the first row of each Gemeinde (0 = not yet seen): a
        // million-row file holds a million (stand, AGS) keys, kept as one small array per stand
        Map<String, Integer> gemeinden = new HashMap<>();
        for (Region r : regions.byLevel(RegionLevel.GEMEINDE)) {
            gemeinden.put(r.ags(), gemeinden.size());
        }
        Map<LocalDate, long[]> firstRows = new HashMap<>();
        return row -> {
            String ags = row.text("ags");
            Integer gemeinde = ags == null ? null : gemeinden.get(ags);
            if (ags != null && gemeinde == null) {
                row.error("ags", ags, "Unbekannter Gemeindeschlüssel „" + ags + "“ (keine Gemeinde in Sachsen-Anhalt).");
            }
            LocalDate stand = row.date("stand");
            Integer[] v = new Integer[FIELDS.size()];
            for (int i = 0; i < v.length; i++) {
                if (FIELDS.get(i).type() == INTEGER) {
                    v[i] = row.count(FIELDS.get(i).key());
                }
            }
            if (!row.ok()) {
                return null;
            }
            atMost(row, v, HH, WITHIN_HOUSEHOLDS);
            for (int i = 1; i < CLASSES.length; i++) {
                atMost(row, v, CLASSES[i - 1], CLASSES[i]);
            }
            atMost(row, v, PASSED, CONNECTED);
            atMost(row, v, BUSINESSES, BUSINESSES_1000);
            atMost(row, v, SCHOOLS, SCHOOLS_1000);
            if (!row.ok()) {
                return null;
            }
            long[] first = firstRows.computeIfAbsent(stand, d -> new long[gemeinden.size()]);
            if (first[gemeinde] != 0) {
                row.error("ags", ags, "Doppelte Zeile für Gemeinde " + ags + " (Stand "
                        + stand.format(CoverageStand.GERMAN_DATE) + "), zuerst in Zeile " + first[gemeinde] + ".");
                return null;
            }
            first[gemeinde] = row.row();
            return new StandRow(stand, new GemeindeCoverage(ags, v[HH], v[BUSINESSES], v[BUSINESSES_1000],
                    v[SCHOOLS], v[SCHOOLS_1000], v[CLASSES[0]], v[CLASSES[1]], v[CLASSES[2]], v[CLASSES[3]],
                    v[CLASSES[4]], v[CLASSES[5]], v[FTTH], v[FTTB], v[HFC], v[DSL], v[PASSED], v[CONNECTED]));
        };
    }

    private static void atMost(MappedRow row, Integer[] v, int whole, int... parts) {
        Integer total = v[whole];
        if (total == null) {
            return;
        }
        for (int part : parts) {
            Integer value = v[part];
            if (value != null && value > total) {
                row.error(FIELDS.get(part).key(), String.valueOf(value), "Wert " + value + " ist größer als "
                        + FIELDS.get(whole).key() + " (" + total + ").");
            }
        }
    }

    @Override
    public TargetWriter<StandRow> writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems) {
        return new Writer(tx, cs, policy, problems);
    }

    private final class Writer implements TargetWriter<StandRow> {
        private final Transaction tx;
        private final ChangeSet cs;
        private final ExistingPolicy policy;
        private final Problems problems;
        /** Per stand date: its id, whether this import created it, existing rows (null for new stands). */
        private final Map<LocalDate, StandState> stands = new HashMap<>();
        private final List<UUID> batchStands = new ArrayList<>(BATCH);
        private final List<GemeindeCoverage> batchRows = new ArrayList<>(BATCH);

        Writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems) {
            this.tx = tx;
            this.cs = cs;
            this.policy = policy;
            this.problems = problems;
        }

        @Override
        public Outcome write(StandRow r, long row) {
            StandState s = stands.computeIfAbsent(r.stand(), this::open);
            GemeindeCoverage g = r.coverage();
            if (s.created) {
                s.rows++;
                add(s.id, g);
                return Outcome.INSERTED;
            }
            GemeindeCoverage old = s.existing.get(g.ags());
            String key = s.id + "/" + g.ags();
            if (old == null) {
                add(s.id, g);
                audit.recordInsert(tx, cs, ROW_TABLE, key, 1, values(r.stand(), g));
                return Outcome.INSERTED;
            }
            if (old.equals(g)) {
                return Outcome.UNCHANGED;
            }
            if (policy == ExistingPolicy.SKIP) {
                problems.warning(row, "ags", g.ags(), "Gemeinde " + g.ags() + " hat für den Stand "
                        + r.stand().format(CoverageStand.GERMAN_DATE) + " schon andere Werte – übersprungen.");
                return Outcome.SKIPPED;
            }
            flush();
            repository.update(tx, s.id, g, cs.user());
            audit.recordUpdate(tx, cs, ROW_TABLE, key, null, values(r.stand(), old), values(r.stand(), g));
            return Outcome.UPDATED;
        }

        private StandState open(LocalDate date) {
            var existing = repository.findStand(tx, date);
            if (existing.isPresent()) {
                return new StandState(existing.get().id(), false, repository.rows(tx, existing.get().id()));
            }
            CoverageStand stand = new CoverageStand(nextStandId(), date, "Import " + fileOf(cs), false);
            repository.insertStand(tx, stand, cs.user());
            return new StandState(stand.id(), true, Map.of());
        }

        private final java.security.SecureRandom random = new java.security.SecureRandom();
        private long counter;

        /**
         * A time-ordered id (UUID version 7 layout: milliseconds, counter, random): rows of the stands of
         * one import then append to the coverage primary key instead of landing at random places in it.
         */
        private UUID nextStandId() {
            long msb = (System.currentTimeMillis() << 16) | 0x7000L | (counter++ & 0x0fffL);
            long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
            return new UUID(msb, lsb);
        }

        private void add(UUID stand, GemeindeCoverage g) {
            batchStands.add(stand);
            batchRows.add(g);
            if (batchRows.size() >= BATCH) {
                flush();
            }
        }

        private void flush() {
            if (!batchRows.isEmpty()) {
                repository.insertBatch(tx, batchStands, batchRows, cs.user());
                batchStands.clear();
                batchRows.clear();
            }
        }

        @Override
        public void finish() {
            flush();
            for (Map.Entry<LocalDate, StandState> e : stands.entrySet()) {
                if (e.getValue().created) {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("stand_date", e.getKey().toString());
                    v.put("source", "Import " + fileOf(cs));
                    v.put("rows", e.getValue().rows);
                    audit.recordInsert(tx, cs, STAND_TABLE, e.getValue().id.toString(), 1, v);
                }
            }
        }
    }

    private static String fileOf(ChangeSet cs) {
        String d = cs.description();
        int i = d.indexOf(" aus ");
        return i < 0 ? d : d.substring(i + 5);
    }

    private static final class StandState {
        final UUID id;
        final boolean created;
        final Map<String, GemeindeCoverage> existing;
        int rows;

        StandState(UUID id, boolean created, Map<String, GemeindeCoverage> existing) {
            this.id = id;
            this.created = created;
            this.existing = existing;
        }
    }

    static Map<String, Object> values(LocalDate stand, GemeindeCoverage g) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("stand", stand.toString());
        v.put("ags", g.ags());
        v.put("haushalte", g.households());
        v.put("unternehmen", g.businesses());
        v.put("unternehmen_1000", g.businessesGigabit());
        v.put("schulen", g.schools());
        v.put("schulen_1000", g.schoolsGigabit());
        v.put("hh_30", g.hh30());
        v.put("hh_50", g.hh50());
        v.put("hh_100", g.hh100());
        v.put("hh_200", g.hh200());
        v.put("hh_400", g.hh400());
        v.put("hh_1000", g.hh1000());
        v.put("hh_ftth", g.ftth());
        v.put("hh_fttb", g.fttb());
        v.put("hh_hfc", g.hfc());
        v.put("hh_dsl", g.dsl());
        v.put("homes_passed", g.homesPassed());
        v.put("homes_connected", g.homesConnected());
        return v;
    }

    private static Integer num(Map<String, Object> v, String key) {
        Object o = v.get(key);
        return o == null ? null : ((Number) o).intValue();
    }

    static GemeindeCoverage fromValues(Map<String, Object> v) {
        return new GemeindeCoverage((String) v.get("ags"), num(v, "haushalte"), num(v, "unternehmen"),
                num(v, "unternehmen_1000"), num(v, "schulen"), num(v, "schulen_1000"), num(v, "hh_30"), num(v, "hh_50"),
                num(v, "hh_100"), num(v, "hh_200"), num(v, "hh_400"), num(v, "hh_1000"), num(v, "hh_ftth"),
                num(v, "hh_fttb"), num(v, "hh_hfc"), num(v, "hh_dsl"), num(v, "homes_passed"), num(v, "homes_connected"));
    }

    @Override
    public void undo(Transaction tx, ChangeSet cs, List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            if (e.table().equals(STAND_TABLE) && e.action() == AuditAction.INSERT) {
                repository.deleteStand(tx, UUID.fromString(e.rowKey()));
                audit.recordDelete(tx, cs, STAND_TABLE, e.rowKey(), null, e.newValues());
            } else if (e.table().equals(ROW_TABLE)) {
                String[] key = e.rowKey().split("/");
                UUID stand = UUID.fromString(key[0]);
                if (e.action() == AuditAction.INSERT) {
                    repository.deleteRow(tx, stand, key[1]);
                    audit.recordDelete(tx, cs, ROW_TABLE, e.rowKey(), null, e.newValues());
                } else if (e.action() == AuditAction.UPDATE) {
                    repository.update(tx, stand, fromValues(e.oldValues()), cs.user());
                    audit.recordUpdate(tx, cs, ROW_TABLE, e.rowKey(), null, e.newValues(), e.oldValues());
                }
            }
        }
    }
}
