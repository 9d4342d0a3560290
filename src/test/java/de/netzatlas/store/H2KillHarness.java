package de.netzatlas.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * H2 alone under kill -9, without Netzatlas around it (decision 0020): a child JVM opens the file
 * with a given JDBC URL, commits batches of 2 000 rows and prints {@code ACK n} after each commit
 * returned, reads, rolls an update back, closes (H2 compacts on close) and starts over, in a loop.
 * The parent kills it at a seeded random moment, reopens the file and checks that every
 * acknowledged batch is complete and no row of an unacknowledged one is visible. A file is used for
 * up to 100 kills, so damage that builds up over restarts shows too.
 *
 * <pre>java -cp … de.netzatlas.store.H2KillHarness KILLS SEED DIR [URL-SUFFIX|app [gross|klein]]</pre>
 * {@code app} (the default) uses the URL of {@link DatabaseLocation#jdbcUrl}; any other suffix is
 * appended to {@code jdbc:h2:file:DIR/s} ({@code ""} for H2's defaults). {@code klein}: ordinary
 * commits only (what {@link H2DurabilityTest} runs); {@code gross} (the default) adds the import-like one.
 */
public final class H2KillHarness {

    static final int BATCH = 2_000;
    static final int BIG = 30_000;

    /** Counts of one run. */
    public record Result(int kills, int intact, int lost, int partial, int unopenable, int files, List<String> failures) {
        String line() {
            return String.format(Locale.ROOT, "kills %d intact %d lost %d partial %d unopenable %d files %d",
                    kills, intact, lost, partial, unopenable, files);
        }
    }

    private H2KillHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            // like the application, "app" appends chunks (Database's constructor) unless told otherwise
            boolean append = args.length > 3 && args[3].equals("app") ? !"true".equals(System.getenv("H2KILL_REUSE_SPACE"))
                    : "false".equals(System.getenv("H2KILL_REUSE_SPACE"));
            child(args[1], args.length > 2 && args[2].equals("gross"), append);
            return;
        }
        String mode = args.length > 3 ? args[3] : "app";
        boolean big = args.length <= 4 || !args[4].equals("klein");
        Result r = run(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2]), mode, 300, 4_300, big, System.out);
        System.out.println("RESULT " + r.line() + " url '" + mode + "' h2 " + org.h2.engine.Constants.FULL_VERSION);
    }

    static String url(Path dir, String mode) {
        Path file = dir.resolve("s" + DatabaseLocation.FILE_SUFFIX);
        return mode.equals("app") ? DatabaseLocation.jdbcUrl(file) : "jdbc:h2:file:" + DatabaseLocation.h2Name(file) + mode;
    }

    /**
     * {@code bigTransactions}: also the import-like transaction (30 000 rows and 2 000 updates in one
     * commit) after which H2 2.5.252 sometimes leaves index entries of the killed transaction behind
     * (decision 0020: the application detects that file and puts the import's backup back).
     */
    static Result run(int kills, long seed, Path dir, String mode, int minDelay, int maxDelay, boolean bigTransactions,
                      PrintStream log)
            throws IOException, InterruptedException {
        Random random = new Random(seed);
        Files.createDirectories(dir);
        String url = url(dir, mode);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int intact = 0;
        int lost = 0;
        int partial = 0;
        int unopenable = 0;
        int files = 0;
        int onFile = 0;
        long acked = -1;
        boolean fresh = true;
        List<String> failures = new java.util.ArrayList<>();
        Map<Long, Long> expected = new HashMap<>();
        for (int k = 0; k < kills; k++) {
            if (fresh) {
                clear(dir);
                acked = -1;
                expected.clear();
                fresh = false;
                files++;
                onFile = 0;
            }
            Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    H2KillHarness.class.getName(), "child", url, bigTransactions ? "gross" : "klein", mode).redirectErrorStream(true).start();
            AtomicLong ack = new AtomicLong(acked);
            Map<Long, Long> sizes = new java.util.concurrent.ConcurrentHashMap<>(expected);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("ACK ")) {
                            String[] w = line.split(" ");
                            sizes.put(Long.parseLong(w[1]), Long.parseLong(w[2]));
                            ack.set(Math.max(ack.get(), Long.parseLong(w[1])));
                        }
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            });
            reader.start();
            long delay = minDelay + random.nextInt(maxDelay - minDelay);
            Thread.sleep(delay);
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            acked = ack.get();
            expected.putAll(sizes);
            onFile++;
            String verdict;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                Map<Long, Long> perBatch = new HashMap<>();
                long rows;
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE IF NOT EXISTS t (batch BIGINT NOT NULL, k INT NOT NULL, v INT, s VARCHAR(200), PRIMARY KEY (batch, k))");
                    try (ResultSet rs = st.executeQuery("SELECT batch, COUNT(*) FROM t GROUP BY batch")) {
                        while (rs.next()) {
                            perBatch.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
                        rs.next();
                        rows = rs.getLong(1);
                    }
                }
                long have = perBatch.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
                boolean missing = false;
                for (var e : expected.entrySet()) {
                    missing |= !e.getValue().equals(perBatch.get(e.getKey()));
                }
                boolean half = perBatch.values().stream().anyMatch(n -> n != BATCH && n != BIG)
                        || perBatch.values().stream().mapToLong(Long::longValue).sum() != rows;
                String index = indexMismatch(c, rows);
                if (index != null) {
                    unopenable++;
                    verdict = "INDEX: " + index;
                    fresh = true;
                } else if (missing) {
                    lost++;
                    verdict = "LOST: acknowledged up to batch " + acked + ", file has up to " + have;
                    fresh = true;
                } else if (half) {
                    partial++;
                    verdict = "PARTIAL: a batch is incomplete";
                    fresh = true;
                } else {
                    intact++;
                    verdict = null;
                    acked = have;
                    perBatch.forEach(expected::put);
                }
            } catch (SQLException e) {
                unopenable++;
                verdict = "UNOPENABLE: " + e.getMessage().lines().findFirst().orElse("");
                fresh = true;
                Path damaged = dir.resolveSibling(dir.getFileName() + "-beschaedigt-" + k + DatabaseLocation.FILE_SUFFIX);
                Files.copy(dir.resolve("s" + DatabaseLocation.FILE_SUFFIX), damaged, StandardCopyOption.REPLACE_EXISTING);
            }
            if (verdict != null) {
                failures.add("kill " + k + " after " + delay + " ms: " + verdict);
                log.println("kill " + k + " after " + delay + " ms: " + verdict);
            }
            fresh |= onFile >= 100;
        }
        return new Result(kills, intact, lost, partial, unopenable, files, failures);
    }

    /**
     * Rows counted through the table scan and through each index must agree: after some kills H2
     * 2.5.252 left index entries of rows that are gone from the table ("Row not found in primary
     * index", then lock timeouts on every query that uses the index).
     */
    static String indexMismatch(Connection c, long rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t USE INDEX ()")) {
                rs.next();
                if (rs.getLong(1) != rows) {
                    return "the table scan finds " + rs.getLong(1) + " rows, COUNT(*) " + rows;
                }
            }
            for (String[] ix : new String[][] {{"PRIMARY", "batch"}, {"IX_T_BATCH", "batch"}}) {
                String name = ix[0];
                if (name.startsWith("PRIMARY")) {
                    try (ResultSet rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                            + "WHERE TABLE_NAME = 'T' AND INDEX_TYPE_NAME = 'PRIMARY KEY'")) {
                        if (!rs.next()) {
                            continue;
                        }
                        name = rs.getString(1);
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t USE INDEX (" + name + ") WHERE " + ix[1]
                        + " IS NOT NULL")) {
                    rs.next();
                    if (rs.getLong(1) != rows) {
                        return "index " + name + " has " + rs.getLong(1) + " rows, the table " + rows;
                    }
                }
            }
        } catch (SQLException e) {
            return e.getMessage().lines().findFirst().orElse("");
        }
        return null;
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void child(String url, boolean bigTransactions, boolean append) throws SQLException {
        Random random = new Random();
        // The schema on a connection of its own, closed before any data is written: H2 2.5.252 leaves
        // commits that follow DDL in the same open unwritten until close (decision 0020; the
        // application closes and reopens the file after migrating for the same reason).
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS t (batch BIGINT NOT NULL, k INT NOT NULL, v INT, s VARCHAR(200), PRIMARY KEY (batch, k))");
            st.execute("CREATE INDEX IF NOT EXISTS ix_t_batch ON t (batch)");
        }
        while (true) {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                if (append) {
                    // append every chunk at the end of the file instead of into freed space
                    ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession())
                            .getDatabase().getStore().getMvStore().setReuseSpace(false);
                }
                long next;
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(batch), -1) + 1 FROM t")) {
                    rs.next();
                    next = rs.getLong(1);
                }
                for (int o = 1 + random.nextInt(6); o > 0; o--) {
                    switch (random.nextInt(bigTransactions ? 5 : 4)) {
                        case 0, 1 -> {
                            c.setAutoCommit(false);
                            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (batch, k, v, s) VALUES (?, ?, ?, ?)")) {
                                for (int i = 0; i < BATCH; i++) {
                                    ps.setLong(1, next);
                                    ps.setInt(2, i);
                                    ps.setInt(3, i);
                                    ps.setString(4, "x" + (i * 7919 % 1000) + "-".repeat(i % 50));
                                    ps.addBatch();
                                }
                                ps.executeBatch();
                            }
                            c.commit();
                            c.setAutoCommit(true);
                            afterCommit(c);
                            System.out.println("ACK " + next + " " + BATCH);
                            System.out.flush();
                            next++;
                        }
                        case 4 -> {
                            // like a coverage import: overwrite a stand row by row, add a large one in
                            // array-bound bulk statements, all in one transaction
                            c.setAutoCommit(false);
                            long old = next > 0 ? random.nextInt((int) next) : -1;
                            try (PreparedStatement up = c.prepareStatement("UPDATE t SET v = v + 1, s = ? WHERE batch = ? AND k = ?")) {
                                for (int i = 0; i < BATCH; i++) {
                                    up.setString(1, "u" + i);
                                    up.setLong(2, old);
                                    up.setInt(3, i);
                                    up.addBatch();
                                }
                                up.executeBatch();
                            }
                            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (batch, k, v, s) SELECT ?, u.* "
                                    + "FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS INT ARRAY), CAST(? AS VARCHAR ARRAY)) u")) {
                                for (int from = 0; from < BIG; from += BATCH) {
                                    Integer[] ks = new Integer[BATCH];
                                    String[] texts = new String[BATCH];
                                    for (int i = 0; i < BATCH; i++) {
                                        ks[i] = from + i;
                                        texts[i] = "y" + ((from + i) * 7919 % 1000) + "-".repeat(i % 50);
                                    }
                                    ps.setLong(1, next);
                                    ps.setArray(2, c.createArrayOf("INT", ks));
                                    ps.setArray(3, c.createArrayOf("INT", ks));
                                    ps.setArray(4, c.createArrayOf("VARCHAR", texts));
                                    ps.executeUpdate();
                                }
                            }
                            c.commit();
                            c.setAutoCommit(true);
                            afterCommit(c);
                            System.out.println("ACK " + next + " " + BIG);
                            System.out.flush();
                            next++;
                        }
                        default -> {
                            c.setAutoCommit(false);
                            try (Statement st = c.createStatement()) {
                                st.executeUpdate("UPDATE t SET v = v + 1 WHERE MOD(k, 3) = 0");
                            }
                            c.rollback();
                            c.setAutoCommit(true);
                        }
                    }
                }
            }
        }
    }

    /**
     * Mode {@code app} appends chunks instead of reusing freed space, as the application does
     * ({@code H2KILL_REUSE_SPACE=true} measures H2's default; {@code =false} appends in other modes).
     * The statement the child runs after each acknowledged commit, from the environment variable
     * {@code H2KILL_AFTER_COMMIT} (e.g. {@code CHECKPOINT SYNC}): measures whether forcing the store
     * to disk closes H2's window in which an acknowledged commit can still be lost.
     */
    private static void afterCommit(Connection c) throws SQLException {
        String sql = System.getenv("H2KILL_AFTER_COMMIT");
        if (sql != null && !sql.isBlank()) {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }
    }
}
