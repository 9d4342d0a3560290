package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.ExitCodes;

/** Encryption at rest (issue 18, decision 0025): {@code --password-file}, {@code db encrypt|decrypt|passwd}. */
class DbEncryptionTest {

    private static final String PASSWORD = "Geheim-Feld-2026!";
    private static final String NEW_PASSWORD = "Anderes-Passwort-42";

    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final List<CliRun> runs = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters())
                    + " " + (r.getThrown() == null ? "" : String.valueOf(r.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void passwordNeverPrintedOrLogged() {
        Logger.getLogger("").removeHandler(capture);
        for (CliRun r : runs) {
            for (String secret : List.of(PASSWORD, NEW_PASSWORD, "zu-offen-1234")) {
                assertFalse(r.out().contains(secret), r.out());
                assertFalse(r.err().contains(secret), r.err());
            }
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        for (String line : logged) {
            assertFalse(line.contains(PASSWORD) || line.contains(NEW_PASSWORD), line);
        }
    }

    private CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        runs.add(r);
        return r;
    }

    private String db() {
        return dir.resolve("netzatlas").toString();
    }

    private Path file() {
        return dir.resolve("netzatlas.mv.db");
    }

    private String passwordFile(String name, String password) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        return p.toString();
    }

    private static boolean encrypted(Path file) throws Exception {
        byte[] head = new byte[10];
        try (var in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, 10);
        }
        return new String(head, StandardCharsets.US_ASCII).equals("H2encrypt\n");
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    /** The rows per table {@code db backup} reports (its verified counts). */
    private String counts(String... passwordOption) throws Exception {
        Path zip = dir.resolve("zaehlung-" + System.nanoTime() + ".zip");
        List<String> args = new ArrayList<>(List.of("--db", db()));
        args.addAll(List.of(passwordOption));
        args.addAll(List.of("db", "backup", zip.toString()));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        Files.delete(zip);
        return String.join("\n", r.out().lines().filter(l -> l.startsWith("  ")).toList());
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("netzatlas-backup-")).sorted().toList();
        }
    }

    @Test
    void aDatabaseCreatedWithAPasswordIsEncryptedAndReopensWithItsData() throws Exception {
        String pw = passwordFile("pw.txt", PASSWORD);
        CliRun load = run("--db", db(), "--password-file", pw, "demo", "load");
        assertEquals(ExitCodes.OK, load.exitCode(), load.err());
        assertTrue(encrypted(file()));
        assertFalse(new String(Files.readAllBytes(file()), StandardCharsets.ISO_8859_1).contains("flyway_schema_history"));
        String counts = counts("--password-file", pw);
        assertTrue(counts.contains("fibre_project: ") && !counts.contains("fibre_project: 0"), counts);
        CliRun check = run("--db", db(), "--password-file", pw, "db", "check");
        assertEquals(ExitCodes.OK, check.exitCode(), check.out() + check.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
    }

    @Test
    void anEncryptedBackupIsRestoredOnlyWithThePassword() throws Exception {
        String pw = passwordFile("pw.txt", PASSWORD);
        assertEquals(ExitCodes.OK, run("--db", db(), "--password-file", pw, "demo", "load").exitCode());
        Path zip = dir.resolve("stand.zip");
        assertEquals(ExitCodes.OK, run("--db", db(), "--password-file", pw, "db", "backup", zip.toString()).exitCode());
        String counts = counts("--password-file", pw);

        CliRun without = run("--db", db(), "db", "restore", zip.toString());
        assertEquals(ExitCodes.DATABASE, without.exitCode(), without.err());
        assertTrue(without.err().contains("ist verschlüsselt"), without.err());
        CliRun wrong = run("--db", db(), "--password-file", passwordFile("falsch.txt", NEW_PASSWORD), "db", "restore",
                zip.toString());
        assertEquals(ExitCodes.DATABASE, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains("Falsches Passwort für die Sicherung"), wrong.err());

        CliRun restore = run("--db", db(), "--password-file", pw, "db", "restore", zip.toString());
        assertEquals(ExitCodes.OK, restore.exitCode(), restore.err());
        assertTrue(encrypted(file()));
        assertEquals(counts, counts("--password-file", pw));
    }

    @Test
    void aWrongPasswordIsRefusedInGermanWithExit4AndTheFileUnchanged() throws Exception {
        String pw = passwordFile("pw.txt", PASSWORD);
        assertEquals(ExitCodes.OK, run("--db", db(), "--password-file", pw, "demo", "load").exitCode());
        byte[] before = digest(file());
        long size = Files.size(file());
        String wrong = passwordFile("falsch.txt", NEW_PASSWORD);

        for (String[] command : List.of(new String[] {"db", "check"}, new String[] {"demo", "load"},
                new String[] {"db", "backup", dir.resolve("x.zip").toString()})) {
            List<String> args = new ArrayList<>(List.of("--db", db(), "--password-file", wrong));
            args.addAll(List.of(command));
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(ExitCodes.DATABASE, r.exitCode(), r.err());
            assertTrue(r.err().contains("Falsches Passwort für die Datenbank " + file()), r.err());
        }
        assertArrayEquals(before, digest(file()));
        assertEquals(size, Files.size(file()));
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    @Test
    void anEncryptedDatabaseWithoutPasswordSaysHowToPassIt() throws Exception {
        String pw = passwordFile("pw.txt", PASSWORD);
        assertEquals(ExitCodes.OK, run("--db", db(), "--password-file", pw, "demo", "load").exitCode());
        byte[] before = digest(file());
        CliRun r = run("--db", db(), "db", "check");
        assertEquals(ExitCodes.DATABASE, r.exitCode(), r.err());
        assertTrue(r.err().contains("ist verschlüsselt"), r.err());
        assertTrue(r.err().contains("--password-file"), r.err());
        CliRun write = run("--db", db(), "demo", "remove");
        assertEquals(ExitCodes.DATABASE, write.exitCode(), write.err());
        assertArrayEquals(before, digest(file()));
    }

    @Test
    void encryptPasswdDecryptWriteABackupFirstAndKeepTheData() throws Exception {
        assertEquals(ExitCodes.OK, run("--db", db(), "demo", "load").exitCode());
        String plainCounts = counts();
        int before = backups().size();
        String pw = passwordFile("pw.txt", PASSWORD);
        String pw2 = passwordFile("pw2.txt", NEW_PASSWORD);

        CliRun enc = run("--db", db(), "db", "encrypt", "--new-password-file", pw);
        assertEquals(ExitCodes.OK, enc.exitCode(), enc.err());
        assertTrue(enc.out().contains("Zuerst gesichert und geprüft"), enc.out());
        List<Path> afterEncrypt = backups();
        assertEquals(before + 1, afterEncrypt.size(), afterEncrypt.toString());
        assertTrue(Files.getLastModifiedTime(afterEncrypt.get(afterEncrypt.size() - 1)).compareTo(Files.getLastModifiedTime(file())) <= 0);
        assertTrue(encrypted(file()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        assertEquals(plainCounts, counts("--password-file", pw));
        assertEquals(ExitCodes.DATABASE, run("--db", db(), "db", "check").exitCode());

        CliRun again = run("--db", db(), "--password-file", pw, "db", "encrypt", "--new-password-file", pw2);
        assertEquals(ExitCodes.DATABASE, again.exitCode(), again.err());
        assertTrue(again.err().contains("schon verschlüsselt"), again.err());

        CliRun passwd = run("--db", db(), "--password-file", pw, "db", "passwd", "--new-password-file", pw2);
        assertEquals(ExitCodes.OK, passwd.exitCode(), passwd.err());
        assertEquals(before + 2, backups().size());
        CliRun old = run("--db", db(), "--password-file", pw, "db", "check");
        assertEquals(ExitCodes.DATABASE, old.exitCode());
        assertTrue(old.err().contains("Falsches Passwort"), old.err());
        assertEquals(plainCounts, counts("--password-file", pw2));

        CliRun wrongDecrypt = run("--db", db(), "--password-file", pw, "db", "decrypt");
        assertEquals(ExitCodes.DATABASE, wrongDecrypt.exitCode(), wrongDecrypt.err());
        assertEquals(before + 2, backups().size(), "no backup when the password is wrong");

        CliRun dec = run("--db", db(), "--password-file", pw2, "db", "decrypt");
        assertEquals(ExitCodes.OK, dec.exitCode(), dec.err());
        assertEquals(before + 3, backups().size());
        assertFalse(encrypted(file()));
        assertEquals(plainCounts, counts());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".umschluesselung-")));
        }
    }

    @Test
    void aPasswordFileReadableByOthersIsRefusedWithExit2() throws Exception {
        Path loose = dir.resolve("offen.txt");
        Files.writeString(loose, "zu-offen-1234\n");
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun r = run("--db", db(), "--password-file", loose.toString(), "demo", "load");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("auch für Gruppe oder andere lesbar"), r.err());
        assertFalse(Files.exists(file()));

        assertEquals(ExitCodes.OK, run("--db", db(), "demo", "load").exitCode());
        List<Path> before = backups();
        CliRun enc = run("--db", db(), "db", "encrypt", "--new-password-file", loose.toString());
        assertEquals(ExitCodes.USAGE, enc.exitCode(), enc.err());
        assertFalse(encrypted(file()));
        assertEquals(before, backups());

        String shortPw = passwordFile("kurz.txt", "kurz");
        CliRun tooShort = run("--db", db(), "db", "encrypt", "--new-password-file", shortPw);
        assertEquals(ExitCodes.USAGE, tooShort.exitCode(), tooShort.err());
        assertTrue(tooShort.err().contains("zu kurz"), tooShort.err());
        assertFalse(encrypted(file()));
    }
}
