package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.ExitCodes;

/** {@code netzatlas db backup|restore|check} on real H2 files (issue 18). */
class DbCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("netzatlas").toString();
    }

    private Path file() {
        return dir.resolve("netzatlas.mv.db");
    }

    private void loadDemoAndSamples() {
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "demo", "load").exitCode());
        importSamples();
    }

    private void importSamples() {
        for (String[] i : new String[][] {{"schools", "assets/samples/schulen-beispiel.csv"},
                {"sites", "assets/samples/itn-standorte-beispiel.csv"}, {"mobile", "assets/samples/mobilfunk-beispiel.csv"},
                {"coverage", "assets/samples/versorgung-beispiel.csv"}}) {
            CliRun r = CliRun.of("--db", db(), i[0], "import", i[1]);
            assertEquals(ExitCodes.OK, r.exitCode(), i[0] + ": " + r.err());
        }
    }

    @Test
    void backupThenRestoreBringsEveryTableBackIdentical() throws Exception {
        loadDemoAndSamples();
        Map<String, String> before = fingerprint(file());
        Path zip = dir.resolve("sicherungen/stand.zip");

        CliRun backup = CliRun.of("--db", db(), "db", "backup", zip.toString());
        assertEquals(ExitCodes.OK, backup.exitCode(), backup.err());
        assertTrue(backup.out().contains("nach „" + zip.toAbsolutePath() + "“ geschrieben und geprüft"), backup.out());
        assertTrue(backup.out().contains("  school: "), backup.out());
        assertTrue(Files.isRegularFile(zip));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)));
        assertFalse(Files.exists(zip.resolveSibling("stand.zip.unvollstaendig")));

        CliRun again = CliRun.of("--db", db(), "db", "backup", zip.toString());
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertTrue(again.err().contains("gibt es schon; mit --overwrite"), again.err());
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "db", "backup", zip.toString(), "--overwrite").exitCode());

        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "demo", "remove").exitCode());
        assertNotEquals(before, fingerprint(file()));

        CliRun restore = CliRun.of("--db", db(), "db", "restore", zip.toString());
        assertEquals(ExitCodes.OK, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("Die vorherige Datei liegt unter"), restore.out());
        assertEquals(before, fingerprint(file()));

        // the top-level restore is the same code and stays an interface
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "demo", "remove").exitCode());
        CliRun topLevel = CliRun.of("--db", db(), "restore", zip.toString());
        assertEquals(ExitCodes.OK, topLevel.exitCode(), topLevel.err());
        assertEquals(before, fingerprint(file()));
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "db", "check").exitCode());
    }

    @Test
    void restoreRefusesATruncatedBackupAndLeavesTheFileUntouched() throws Exception {
        importSamples();
        Path zip = dir.resolve("stand.zip");
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "db", "backup", zip.toString()).exitCode());
        byte[] whole = Files.readAllBytes(zip);
        Path cut = dir.resolve("abgeschnitten.zip");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] current = Files.readAllBytes(file());

        CliRun r = CliRun.of("--db", db(), "db", "restore", cut.toString());
        assertEquals(ExitCodes.DATABASE, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("Fehler: Die Sicherung „" + cut.toAbsolutePath() + "“ kann nicht nach „"), r.err());
        assertTrue(r.err().contains("Die Datenbankdatei wurde nicht verändert."), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(java.util.Arrays.equals(current, Files.readAllBytes(file())));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("vor-wiederherstellung")));
        }
        CliRun missing = CliRun.of("--db", db(), "db", "restore", dir.resolve("fehlt.zip").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
    }

    @Test
    void restoreRefusesABackupOfANewerSchema() throws Exception {
        importSamples();
        byte[] current = Files.readAllBytes(file());
        Path other = dir.resolve("neuer/netzatlas.mv.db");
        Files.createDirectories(other.getParent());
        Files.copy(file(), other);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2Name(other), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "SELECT MAX(\"installed_rank\") + 1, '99', 'zukunft', 'SQL', 'V99__zukunft.sql', 0, 'sa', 1, TRUE "
                    + "FROM \"flyway_schema_history\"");
        }
        Path zip = dir.resolve("neuer.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("netzatlas.mv.db"));
            Files.copy(other, z);
            z.closeEntry();
        }
        CliRun r = CliRun.of("--db", db(), "db", "restore", zip.toString());
        assertEquals(ExitCodes.DATABASE, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("stammt von einer neueren Netzatlas-Version"), r.err());
        assertTrue(r.err().contains("Schema 99"), r.err());
        assertTrue(java.util.Arrays.equals(current, Files.readAllBytes(file())));
    }

    @Test
    void checkIsCleanOnDemoAndImportedDataAndFindsATamperedVersion() throws Exception {
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "demo", "load").exitCode());
        CliRun demoOnly = CliRun.of("--db", db(), "db", "check");
        assertEquals(ExitCodes.OK, demoOnly.exitCode(), demoOnly.out() + demoOnly.err());
        assertTrue(demoOnly.out().contains("keine Befunde"), demoOnly.out());

        importSamples();
        CliRun clean = CliRun.of("--db", db(), "db", "check");
        assertEquals(ExitCodes.OK, clean.exitCode(), clean.out() + clean.err());
        assertTrue(clean.out().matches("(?s).*Tabellen lesbar, [1-9][0-9]* Zeilen mit dem Änderungsprotokoll abgeglichen, keine Befunde.*"),
                clean.out());

        String key;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2Name(file()), "sa", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id FROM school WHERE demo = FALSE ORDER BY id LIMIT 1")) {
                rs.next();
                key = rs.getString(1);
            }
            assertEquals(1, st.executeUpdate("UPDATE school SET version = version + 1 WHERE id = '" + key + "'"));
        }
        byte[] tampered = Files.readAllBytes(file());
        CliRun found = CliRun.of("--db", db(), "db", "check");
        assertEquals(ExitCodes.VALIDATION, found.exitCode(), found.out() + found.err());
        assertTrue(found.out().contains("Tabelle school, Schlüssel " + key + ": Version 2 in der Tabelle, letzter Eintrag im "
                + "Änderungsprotokoll (INSERT) nennt Version 1"), found.out());
        assertTrue(found.out().contains("1 Befund "), found.out());
        assertEquals(fingerprint(file()), fingerprintOf(tampered));
    }

    @Test
    void checkIsCleanAfterReimportUndoAndDemoRemoval() {
        loadDemoAndSamples();
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "imports", "undo", "--last").exitCode());
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "imports", "undo", "--last").exitCode());
        importSamples();
        assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "demo", "remove").exitCode());
        CliRun check = CliRun.of("--db", db(), "db", "check");
        assertEquals(ExitCodes.OK, check.exitCode(), check.out() + check.err());
    }

    @Test
    void checkOfALockedOrDamagedDatabaseIsExit4AndTheGroupAloneAUsageError() throws Exception {
        importSamples();
        try (de.netzatlas.store.Database open = de.netzatlas.store.Database.open(file())) {
            CliRun locked = CliRun.of("--db", db(), "db", "check");
            assertEquals(ExitCodes.DATABASE, locked.exitCode(), locked.out() + locked.err());
            assertEquals(ExitCodes.DATABASE, CliRun.of("--db", db(), "db", "backup", dir.resolve("x.zip").toString()).exitCode());
            assertFalse(Files.exists(dir.resolve("x.zip")));
        }
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length / 3));
        CliRun damaged = CliRun.of("--db", db(), "db", "check");
        assertEquals(ExitCodes.DATABASE, damaged.exitCode(), damaged.out() + damaged.err());
        assertTrue(damaged.err().startsWith("Fehler: "), damaged.err());

        CliRun group = CliRun.of("--db", db(), "db");
        assertEquals(ExitCodes.USAGE, group.exitCode());
        assertTrue(group.err().contains("Unterbefehl fehlt: backup, restore, check, encrypt, decrypt oder passwd"), group.err());
    }

    private Map<String, String> fingerprintOf(byte[] content) throws Exception {
        Path copy = Files.createTempDirectory(dir, "kopie").resolve("x.mv.db");
        Files.write(copy, content);
        return fingerprint(copy);
    }

    private static String h2Name(Path file) {
        String s = file.toAbsolutePath().toString();
        return s.substring(0, s.length() - ".mv.db".length());
    }

    /** Rows and a SHA-256 over the sorted rows of every table, read-only. */
    static Map<String, String> fingerprint(Path file) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2Name(file) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE",
                "sa", "");
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
                result.put(t, rows.size() + " " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return result;
    }
}
