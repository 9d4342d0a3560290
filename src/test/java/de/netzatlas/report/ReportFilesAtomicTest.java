package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF and XLSX of a report are written all or nothing: a failing XLSX leaves the PDF (old or none) untouched. */
class ReportFilesAtomicTest {

    @Test
    void aFailingSecondFileLeavesBothTargetsUntouched(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("bericht.pdf");
        Path xlsx = dir.resolve("tabellen").resolve("tabellen.xlsx");
        Files.write(pdf, new byte[] {1, 2, 3}); // last year's file stays as it was
        assertThrows(UncheckedIOException.class, () -> ReportService.writeAtomically(pdf, out -> write(out, 9),
                xlsx, out -> {
                    write(out, 7);
                    throw new UncheckedIOException(new IOException("Platte voll"));
                }));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(pdf));
        assertFalse(Files.exists(xlsx));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the old PDF and the XLSX folder, no temp files");
        }
        try (var files = Files.list(xlsx.getParent())) {
            assertEquals(0, files.count());
        }

        ReportService.writeAtomically(pdf, out -> write(out, 9), xlsx, out -> write(out, 7));
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(pdf));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(xlsx));
    }

    private static void write(java.io.OutputStream out, int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
