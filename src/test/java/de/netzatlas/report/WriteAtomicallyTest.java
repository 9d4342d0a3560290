package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and exports are written complete or not at all, readable only by the user. */
class WriteAtomicallyTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsOwnerOnlyAndAFailedWriteLeavesTheOldOneAndNoTempFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path pdf = dir.resolve("bericht-2025.pdf");
        ReportService.writeAtomically(pdf, out -> write(out, "erste Fassung"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        assertEquals("erste Fassung", Files.readString(pdf));
        assertThrows(IllegalStateException.class, () -> ReportService.writeAtomically(pdf, out -> {
            write(out, "halb");
            throw new IllegalStateException("abgebrochen");
        }));
        assertEquals("erste Fassung", Files.readString(pdf));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left");
        }
    }

    private static void write(java.io.OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
