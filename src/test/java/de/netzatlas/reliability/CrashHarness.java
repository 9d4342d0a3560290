package de.netzatlas.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.jooq.DSLContext;
import org.jooq.Record;

import de.netzatlas.store.Database;

/**
 * Kill -9 harness for the H2 file (issue 20): runs the real command line in a child JVM on a
 * database file, kills it with SIGKILL at a seeded random moment (while it opens, reads, imports,
 * loads demo data, migrates or closes), then opens the file again in this JVM and checks that every
 * change that was committed before is still there and that the killed command left all or nothing.
 *
 * <p>The state of a file is its <em>fingerprint</em>: per real coverage stand the row count and the
 * sum of households, the real schools, and the demo data as one tuple. After a kill the fingerprint
 * must equal the one seen before the command, or (if the command may have committed) the one the
 * command writes. The fingerprint seen becomes the new baseline, so a change that was visible after
 * one restart and is gone after the next is caught as lost.
 *
 * <p>Run from the test suite ({@code CrashReliabilityTest}, {@code mvn verify -Preliability} for the
 * full count) or standalone: {@code java -cp … de.netzatlas.reliability.CrashHarness KILLS SEED DIR}.
 */
public final class CrashHarness {

    /** The application's entry point, started in the child JVM. */
    static final String MAIN_CLASS = "de.netzatlas.Launcher";
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int KILLS_PER_LINEAGE = 60;

    /** What the killed command was doing. */
    enum Scenario { OPEN, READ, IMPORT, DEMO_LOAD, DEMO_REMOVE, CLOSE, MIGRATION }

    /** What a reopen after the kill found. */
    enum Outcome { INTACT, UNOPENABLE, LOST, PARTIAL, BAD_BACKUP }

    /** Counts per scenario and outcome, and the first few failures in words. */
    public static final class Result {
        final Map<Scenario, EnumMap<Outcome, Integer>> counts = new EnumMap<>(Scenario.class);
        final List<String> failures = new ArrayList<>();
        int kills;
        int finishedBeforeKill;

        void add(Scenario s, Outcome o, String detail) {
            counts.computeIfAbsent(s, k -> new EnumMap<>(Outcome.class)).merge(o, 1, Integer::sum);
            kills++;
            if (o != Outcome.INTACT && failures.size() < 40) {
                failures.add(s + " " + o + ": " + detail);
            }
        }

        public int kills() {
            return kills;
        }

        public int count(Outcome o) {
            return counts.values().stream().mapToInt(m -> m.getOrDefault(o, 0)).sum();
        }

        public List<String> failures() {
            return List.copyOf(failures);
        }

        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %7s %10s %5s %7s %10s%n",
                    "scenario", "kills", "intact", "unopenable", "lost", "partial", "bad_backup"));
            for (Map.Entry<Scenario, EnumMap<Outcome, Integer>> e : counts.entrySet()) {
                EnumMap<Outcome, Integer> m = e.getValue();
                b.append(String.format(Locale.ROOT, "%-12s %6d %7d %10d %5d %7d %10d%n", e.getKey(),
                        m.values().stream().mapToInt(Integer::intValue).sum(), m.getOrDefault(Outcome.INTACT, 0),
                        m.getOrDefault(Outcome.UNOPENABLE, 0), m.getOrDefault(Outcome.LOST, 0),
                        m.getOrDefault(Outcome.PARTIAL, 0), m.getOrDefault(Outcome.BAD_BACKUP, 0)));
            }
            b.append(String.format(Locale.ROOT, "%-12s %6d %7d %10d %5d %7d %10d%n", "total", kills,
                    count(Outcome.INTACT), count(Outcome.UNOPENABLE), count(Outcome.LOST), count(Outcome.PARTIAL),
                    count(Outcome.BAD_BACKUP)));
            b.append("finished before the kill: ").append(finishedBeforeKill).append('\n');
            return b.toString();
        }

        /** The figures as bench lines: {@code name<TAB>value<TAB>unit}. */
        public String benchLines() {
            return "crash_kills\t" + kills + "\tkills\n"
                    + "crash_intact\t" + count(Outcome.INTACT) + "\tdatabases\n"
                    + "crash_unopenable\t" + count(Outcome.UNOPENABLE) + "\tdatabases\n"
                    + "crash_lost_committed\t" + count(Outcome.LOST) + "\tdatabases\n"
                    + "crash_partial\t" + count(Outcome.PARTIAL) + "\tdatabases\n"
                    + "crash_bad_backup\t" + count(Outcome.BAD_BACKUP) + "\tdatabases\n";
        }
    }

    /** The observable state of a file. */
    record Fingerprint(Map<LocalDate, List<Long>> realStands, long realSchools, List<Long> demo, int schemaVersion) {

        boolean demoEmpty() {
            return demo.stream().allMatch(v -> v == 0);
        }

        Fingerprint withStands(Map<LocalDate, List<Long>> stands) {
            Map<LocalDate, List<Long>> m = new TreeMap<>(realStands);
            m.putAll(stands);
            return new Fingerprint(m, realSchools, demo, schemaVersion);
        }

        Fingerprint withDemo(List<Long> d) {
            return new Fingerprint(realStands, realSchools, d, schemaVersion);
        }
    }

    /** A coverage file and the stands it writes. */
    record CoverageFile(Path path, Map<LocalDate, List<Long>> stands) {
    }

    private final Path root;
    private final Random random;
    private final List<String> classpath;
    private final Result result = new Result();
    private final Map<Scenario, Long> durations = new EnumMap<>(Scenario.class);
    private List<String[]> gemeinden;
    private Path migrationTemplate;
    private long migrationRows;
    private final java.io.PrintStream log;

    public CrashHarness(Path root, long seed, java.io.PrintStream log) {
        this.root = root;
        this.random = new Random(seed);
        this.classpath = List.of(System.getProperty("java.class.path"));
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("netzatlas-crash-");
        Result r = new CrashHarness(dir, seed, System.out).run(kills);
        System.out.print(r.table());
        System.out.print(r.benchLines());
        r.failures().forEach(f -> System.out.println("  " + f));
    }

    /**
     * Runs {@code kills} seeded kills: about a sixth of them on migrations of a file with 200 000
     * coverage rows, the rest on lineages of files that each take {@value #KILLS_PER_LINEAGE} kills in a
     * row (damage that builds up over restarts is seen that way).
     */
    public Result run(int kills) throws IOException, InterruptedException {
        return run(kills, true);
    }

    /** As {@link #run(int)}; without migration kills when {@code migrations} is false. */
    public Result run(int kills, boolean migrations) throws IOException, InterruptedException {
        Files.createDirectories(root);
        int migrationKills = migrations ? Math.max(1, kills / 6) : 0;
        int lineageKills = kills - migrationKills;
        int lineage = 0;
        while (result.kills < lineageKills) {
            runLineage(lineage++, Math.min(KILLS_PER_LINEAGE, lineageKills - result.kills));
        }
        if (migrationKills > 0) {
            runMigrations(migrationKills);
        }
        return result;
    }

    // ------------------------------------------------------------------ lineages

    private void runLineage(int n, int kills) throws IOException, InterruptedException {
        Path dir = root.resolve("lineage-" + n);
        Files.createDirectories(dir);
        Path db = dir.resolve("netzatlas.mv.db");
        // read-only commands refuse a missing file (exit 4); "regions" creates and seeds it like a first start
        checkOk(runToEnd(db, "regions", "--level", "kreis"), "create");
        if (gemeinden == null) {
            gemeinden = readGemeinden(db);
        }
        List<CoverageFile> files = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            files.add(writeCoverageFile(dir.resolve("versorgung-" + f + ".csv"),
                    LocalDate.of(2001 + (f % 2) * 40, 1, 1), 150, n * 10 + f));
        }
        Path schools = findSample("schulen-beispiel.csv");
        checkOk(runToEnd(db, "schools", "import", schools.toString()), "schools import");
        calibrate(db, files);
        Fingerprint state = fingerprint(db);
        log.printf(Locale.ROOT, "lineage %d: %d stands, %d schools, demo %s, durations %s ms%n", n,
                state.realStands().size(), state.realSchools(), state.demo(), durations);
        for (int k = 0; k < kills; k++) {
            Scenario s = pick();
            Fingerprint after = state;
            List<String> args;
            long expected = durations.get(s);
            double from = 0.0;
            double to = 1.1;
            switch (s) {
                case OPEN -> {
                    args = List.of("coverage", "summary", "--level", "land");
                    to = 0.6;
                }
                case READ -> args = random.nextBoolean() ? List.of("imports") : List.of("schools", "list");
                case CLOSE -> {
                    args = List.of("coverage", "summary", "--level", "kreis");
                    from = 0.8;
                    to = 1.05;
                }
                case IMPORT -> {
                    CoverageFile f = files.get(random.nextInt(files.size()));
                    args = List.of("coverage", "import", f.path().toString());
                    after = state.withStands(f.stands());
                }
                case DEMO_LOAD -> {
                    args = List.of("demo", "load");
                    after = state.withDemo(fullDemo);
                }
                case DEMO_REMOVE -> {
                    args = List.of("demo", "remove");
                    after = state.withDemo(List.of(0L, 0L, 0L, 0L, 0L));
                }
                default -> throw new IllegalStateException(s.toString());
            }
            long killAt = (long) (expected * (from + random.nextDouble() * (to - from)));
            Run run = runAndKill(db, args, killAt);
            Verdict v = verify(db, state, after, run, s);
            result.add(s, v.outcome(), "lineage " + n + " kill " + k + " at " + killAt + " ms of ~" + expected
                    + " (" + String.join(" ", args) + "): " + v.detail());
            progress();
            if (v.outcome() == Outcome.UNOPENABLE) {
                log.printf(Locale.ROOT, "lineage %d: unopenable after kill %d (%s) – new lineage%n", n, k, v.detail());
                return;
            }
            state = v.seen() != null ? v.seen() : state;
        }
    }

    private List<Long> fullDemo;

    private void progress() {
        if (result.kills % 25 == 0) {
            log.printf(Locale.ROOT, "%d kills: %d intact, %d unopenable, %d lost, %d partial, %d bad backup%n",
                    result.kills, result.count(Outcome.INTACT), result.count(Outcome.UNOPENABLE),
                    result.count(Outcome.LOST), result.count(Outcome.PARTIAL), result.count(Outcome.BAD_BACKUP));
        }
    }

    private void calibrate(Path db, List<CoverageFile> files) throws IOException, InterruptedException {
        for (CoverageFile f : files.subList(0, 2)) {
            long t = checkOk(runToEnd(db, "coverage", "import", f.path().toString()), "import").millis();
            durations.putIfAbsent(Scenario.IMPORT, t);
        }
        long summary = checkOk(runToEnd(db, "coverage", "summary", "--level", "kreis"), "summary").millis();
        durations.putIfAbsent(Scenario.OPEN, summary);
        durations.putIfAbsent(Scenario.CLOSE, summary);
        durations.putIfAbsent(Scenario.READ, summary);
        long load = checkOk(runToEnd(db, "demo", "load"), "demo load").millis();
        durations.putIfAbsent(Scenario.DEMO_LOAD, load);
        if (fullDemo == null) {
            fullDemo = fingerprint(db).demo();
        }
        long remove = checkOk(runToEnd(db, "demo", "remove"), "demo remove").millis();
        durations.putIfAbsent(Scenario.DEMO_REMOVE, remove);
    }

    private Scenario pick() {
        int r = random.nextInt(100);
        if (r < 25) {
            return Scenario.OPEN;
        } else if (r < 35) {
            return Scenario.READ;
        } else if (r < 47) {
            return Scenario.CLOSE;
        } else if (r < 80) {
            return Scenario.IMPORT;
        } else if (r < 90) {
            return Scenario.DEMO_LOAD;
        }
        return Scenario.DEMO_REMOVE;
    }

    record Verdict(Outcome outcome, String detail, Fingerprint seen) {
    }

    private Verdict verify(Path db, Fingerprint before, Fingerprint after, Run run, Scenario s) {
        Fingerprint seen;
        try {
            seen = fingerprint(db);
        } catch (RuntimeException e) {
            return new Verdict(Outcome.UNOPENABLE, firstLine(e), null);
        }
        Verdict backups = checkBackups(db.getParent());
        if (backups != null) {
            return new Verdict(backups.outcome(), backups.detail(), seen);
        }
        if (run.exitCode() != null && run.exitCode() != 0) {
            return new Verdict(Outcome.LOST, "the command ended with exit " + run.exitCode() + ": " + run.err(), seen);
        }
        if (run.exitCode() != null && !seen.equals(after)) {
            return new Verdict(Outcome.LOST, "finished with exit 0, but its change is not there: " + diff(after, seen), seen);
        }
        if (run.acknowledged() && !seen.equals(after)) {
            return new Verdict(Outcome.LOST, "confirmed on screen before the kill, but its change is not there: "
                    + diff(after, seen), seen);
        }
        if (seen.equals(before) || seen.equals(after)) {
            return new Verdict(Outcome.INTACT, "", seen);
        }
        // Neither the state before nor the one the command writes: committed data lost, or a part left behind.
        boolean lost = before.realStands().entrySet().stream()
                .anyMatch(e -> !seen.realStands().containsKey(e.getKey())
                        && !Objects.equals(after.realStands().get(e.getKey()), seen.realStands().get(e.getKey())))
                || seen.realSchools() < before.realSchools()
                || seen.schemaVersion() < before.schemaVersion();
        return new Verdict(lost ? Outcome.LOST : Outcome.PARTIAL, diff(before, seen) + " / expected after: "
                + diff(after, seen), seen);
    }

    private static String diff(Fingerprint want, Fingerprint got) {
        List<String> d = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Long>> e : want.realStands().entrySet()) {
            List<Long> g = got.realStands().get(e.getKey());
            if (!e.getValue().equals(g)) {
                d.add(e.getKey() + " " + e.getValue() + "≠" + g);
            }
        }
        for (LocalDate extra : got.realStands().keySet()) {
            if (!want.realStands().containsKey(extra)) {
                d.add("extra " + extra + " " + got.realStands().get(extra));
            }
        }
        if (want.realSchools() != got.realSchools()) {
            d.add("schools " + want.realSchools() + "≠" + got.realSchools());
        }
        if (!want.demo().equals(got.demo())) {
            d.add("demo " + want.demo() + "≠" + got.demo());
        }
        if (want.schemaVersion() != got.schemaVersion()) {
            d.add("schema " + want.schemaVersion() + "≠" + got.schemaVersion());
        }
        return d.size() > 6 ? d.subList(0, 6) + " … (" + d.size() + " differences)" : d.toString();
    }

    // ------------------------------------------------------------------ migrations

    private void runMigrations(int kills) throws IOException, InterruptedException {
        Path dir = root.resolve("migration");
        Files.createDirectories(dir);
        buildMigrationTemplate(dir.resolve("template"));
        Path copyDir = dir.resolve("run");
        for (int k = 0; k < kills; k++) {
            deleteTree(copyDir);
            Files.createDirectories(copyDir);
            Path db = copyDir.resolve("netzatlas.mv.db");
            Files.copy(migrationTemplate, db, StandardCopyOption.REPLACE_EXISTING);
            long expected = durations.get(Scenario.MIGRATION);
            long killAt = (long) (expected * random.nextDouble() * 1.1);
            Run run = runAndKill(db, List.of("coverage", "summary", "--level", "land"), killAt);
            Outcome o = Outcome.INTACT;
            String detail = "";
            Verdict backups = checkBackups(copyDir);
            try (Database d = Database.open(db)) {
                long rows = d.dsl().fetchCount(d.dsl().selectFrom("coverage"));
                int version = schemaVersion(d.dsl());
                if (rows != migrationRows) {
                    o = Outcome.LOST;
                    detail = rows + " coverage rows instead of " + migrationRows;
                } else if (version != latestVersion) {
                    o = Outcome.PARTIAL;
                    detail = "schema " + version + " instead of " + latestVersion;
                }
            } catch (RuntimeException e) {
                o = Outcome.UNOPENABLE;
                detail = firstLine(e);
            }
            if (o == Outcome.INTACT && backups != null) {
                o = backups.outcome();
                detail = backups.detail();
            }
            result.add(Scenario.MIGRATION, o, "kill " + k + " at " + killAt + " ms of ~" + expected
                    + (run.exitCode() != null ? " (finished, exit " + run.exitCode() + ")" : "") + ": " + detail);
            progress();
        }
    }

    private int latestVersion;

    /**
     * A file at schema version 7 with 200 000 coverage rows: a current file whose last migration (V8,
     * coverage without the region foreign key) is undone by hand, so that opening it migrates V7 → V8.
     */
    private void buildMigrationTemplate(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path db = dir.resolve("netzatlas.mv.db");
        // read-only commands refuse a missing file (exit 4); "regions" creates and seeds it like a first start
        checkOk(runToEnd(db, "regions", "--level", "kreis"), "create");
        if (gemeinden == null) {
            gemeinden = readGemeinden(db);
        }
        int standsNeeded = (200_000 + gemeinden.size() - 1) / gemeinden.size();
        CoverageFile f = writeCoverageFile(dir.resolve("gross.csv"), LocalDate.of(1950, 1, 1), standsNeeded, 99);
        checkOk(runToEnd(db, "coverage", "import", f.path().toString()), "import 200k");
        try (Database d = Database.open(db)) {
            DSLContext x = d.dsl();
            latestVersion = schemaVersion(x);
            migrationRows = x.fetchCount(x.selectFrom("coverage"));
            x.execute("ALTER TABLE coverage DROP CONSTRAINT ck_coverage_ags");
            x.execute("CREATE INDEX ix_coverage_ags ON coverage (ags)");
            x.execute("ALTER TABLE coverage ADD CONSTRAINT fk_coverage_region FOREIGN KEY (ags) REFERENCES region (ags)");
            x.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
            // later migrations are undone too, so that V8 is the next to run (add each new one here)
            x.execute("DROP TABLE report_edition");
            x.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
        }
        migrationTemplate = db;
        // How long an uninterrupted migrating start takes.
        Path probe = dir.resolve("probe");
        Files.createDirectories(probe);
        Files.copy(db, probe.resolve("netzatlas.mv.db"));
        long t = checkOk(runToEnd(probe.resolve("netzatlas.mv.db"), "coverage", "summary", "--level", "land"),
                "migration").millis();
        durations.put(Scenario.MIGRATION, t);
        log.printf(Locale.ROOT, "migration template: %d rows, migrating start %d ms%n", migrationRows, t);
    }

    // ------------------------------------------------------------------ checks

    /** Every backup with a final name must be a complete zip that holds the database. */
    private static Verdict checkBackups(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches(".*-backup-.*\\.zip")).toList()) {
                try (ZipFile z = new ZipFile(p.toFile())) {
                    if (z.stream().noneMatch(e -> e.getName().endsWith(".mv.db"))) {
                        return new Verdict(Outcome.BAD_BACKUP, p.getFileName() + " holds no database", null);
                    }
                } catch (IOException e) {
                    return new Verdict(Outcome.BAD_BACKUP, p.getFileName() + " is no complete zip: " + e.getMessage(), null);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fingerprint fingerprint(Path db) {
        try (Database d = Database.open(db)) {
            DSLContext x = d.dsl();
            Map<LocalDate, List<Long>> stands = new TreeMap<>();
            for (Record r : x.fetch("SELECT s.stand_date, COUNT(*), SUM(c.households) FROM coverage c"
                    + " JOIN coverage_stand s ON s.id = c.stand_id WHERE NOT c.demo AND NOT c.deleted AND NOT s.deleted"
                    + " GROUP BY s.stand_date")) {
                stands.put(r.get(0, LocalDate.class), List.of(r.get(1, Long.class), r.get(2, Long.class)));
            }
            long schools = count(x, "SELECT COUNT(*) FROM school WHERE NOT demo AND NOT deleted");
            List<Long> demo = List.of(
                    count(x, "SELECT COUNT(*) FROM coverage WHERE demo AND NOT deleted"),
                    count(x, "SELECT COUNT(*) FROM fibre_project WHERE demo AND NOT deleted"),
                    count(x, "SELECT COUNT(*) FROM school WHERE demo AND NOT deleted"),
                    count(x, "SELECT COUNT(*) FROM itn_site WHERE demo AND NOT deleted"),
                    count(x, "SELECT COUNT(*) FROM mobile_site WHERE demo AND NOT deleted"));
            return new Fingerprint(stands, schools, demo, schemaVersion(x));
        }
    }

    private static int schemaVersion(DSLContext x) {
        return (int) count(x, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
    }

    private static long count(DSLContext x, String sql) {
        return x.fetchOne(sql).get(0, Long.class);
    }

    private static List<String[]> readGemeinden(Path db) {
        try (Database d = Database.open(db)) {
            return d.dsl().fetch("SELECT ags, name FROM region WHERE level = 'GEMEINDE' AND NOT deleted ORDER BY ags")
                    .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class)});
        }
    }

    /** A valid coverage CSV: every Gemeinde once per stand, {@code stands} consecutive days from {@code first}. */
    private CoverageFile writeCoverageFile(Path file, LocalDate first, int stands, long seed) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder out = new StringBuilder();
        out.append("ags;name;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n");
        Map<LocalDate, long[]> sums = new LinkedHashMap<>();
        for (int s = 0; s < stands; s++) {
            LocalDate stand = first.plusDays(s);
            long[] sum = sums.computeIfAbsent(stand, k -> new long[2]);
            for (String[] g : gemeinden) {
                int hh = 500 + rnd.nextInt(60_000);
                int c1000 = rnd.nextInt(hh / 2);
                int c400 = c1000 + rnd.nextInt(hh / 10);
                int c200 = c400 + rnd.nextInt(hh / 10);
                int c100 = c200 + rnd.nextInt(hh / 10);
                int c50 = c100 + rnd.nextInt(hh / 10);
                int c30 = Math.min(hh, c50 + rnd.nextInt(hh / 10));
                int ftth = rnd.nextInt(c1000 + 1);
                out.append(g[0]).append(';').append(g[1].replace(";", ",")).append(';').append(stand.format(GERMAN))
                        .append(';').append(hh).append(';').append(c30).append(';').append(c50).append(';').append(c100)
                        .append(';').append(c200).append(';').append(c400).append(';').append(c1000).append(';')
                        .append(ftth).append(";0;").append(rnd.nextInt(hh)).append(';').append(rnd.nextInt(hh))
                        .append('\n');
                sum[0]++;
                sum[1] += hh;
            }
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        Map<LocalDate, List<Long>> m = new TreeMap<>();
        sums.forEach((k, v) -> m.put(k, List.of(v[0], v[1])));
        return new CoverageFile(file, m);
    }

    private static Path findSample(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("assets/samples").resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("assets/samples/" + name + " not found");
    }

    // ------------------------------------------------------------------ child processes

    /** A child run: exit code (null when killed), milliseconds from start, stderr. */
    /**
     * {@code acknowledged}: the command printed its confirmation ("Importiert: …", "Demodaten
     * geladen …") before it was killed, so the user was told the change is saved.
     */
    record Run(Integer exitCode, long millis, String err, boolean acknowledged) {
    }

    private Run runToEnd(Path db, String... args) throws IOException, InterruptedException {
        return runAndKill(db, List.of(args), Long.MAX_VALUE);
    }

    private Run checkOk(Run run, String what) {
        if (run.exitCode() == null || run.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + run.exitCode() + "): " + run.err());
        }
        return run;
    }

    private Run runAndKill(Path db, List<String> args, long killAfterMillis) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", String.join(java.io.File.pathSeparator, classpath),
                MAIN_CLASS, "--db", db.toString()));
        cmd.addAll(args);
        Path err = Files.createTempFile(root, "err", ".txt");
        Path out = Files.createTempFile(root, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().remove("NETZATLAS_DB");
        long start = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(Math.min(killAfterMillis, Duration.ofMinutes(10).toMillis()), TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Integer exit = null;
        if (done) {
            exit = p.exitValue();
            result.finishedBeforeKill += killAfterMillis == Long.MAX_VALUE ? 0 : 1;
        } else {
            p.destroyForcibly();
            p.waitFor();
        }
        String errText = Files.readString(err, StandardCharsets.UTF_8).strip();
        String outText = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(err);
        Files.delete(out);
        boolean acknowledged = outText.contains("Importiert: ") || outText.contains("Demodaten geladen")
                || outText.contains("Demodaten entfernt");
        return new Run(exit, millis, errText.length() > 400 ? errText.substring(0, 400) : errText, acknowledged);
    }

    private static String firstLine(Throwable e) {
        String m = Objects.toString(e.getMessage(), e.toString());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
