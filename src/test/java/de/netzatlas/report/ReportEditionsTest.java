package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.report.ReportEditionRepository.Info;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.store.Database;

/** Published editions never change: a corrected stand changes the live figures, the diff says which and why. */
class ReportEditionsTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2024, 12, 31);

    private static ReportEditions editions(ReportFixture f) {
        return new ReportEditions(f.db, new ReportEditionRepository(f.db), f.report, f.audit, f.clock,
                () -> "referentin");
    }

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("assets/samples/versorgung-beispiel.csv"));
    }

    /** The sample with Magdeburg's FTTB households raised by 20 000 (a corrected stand of the same date). */
    private static byte[] corrected() throws Exception {
        String csv = new String(sample(), StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.startsWith("15003000;")).findFirst().orElseThrow();
        String[] f = line.split(";", -1);
        f[11] = String.valueOf(Integer.parseInt(f[11]) + 20_000); // hh_fttb
        return csv.replace(line, String.join(";", f)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCorrectedStandChangesTheLiveReportButNotThePublishedEdition(@TempDir Path dir) throws Exception {
        try (ReportFixture f = new ReportFixture(dir)) {
            f.coverage.importCsv("versorgung-beispiel.csv", sample(), CUT_OFF, false);
            ReportEditions editions = editions(f);
            f.clock.set(Instant.parse("2025-02-10T09:30:00Z"));
            Info first = editions.publish(2024, CUT_OFF);
            assertEquals("2024/1", first.label());
            assertEquals("referentin", first.publishedBy());
            byte[] published = editions.pdf(first);
            Document frozen = editions.document(first);
            String fttbh = kpiText(frozen);
            assertTrue(editions.diff(first).isEmpty(), "nothing changed yet");

            f.clock.set(Instant.parse("2026-03-01T10:00:00Z"));
            f.coverage.importCsv("versorgung-korrigiert.csv", corrected(), CUT_OFF, false);

            Document live = editions.live(first);
            assertNotEquals(fttbh, kpiText(live), "the live figures follow the corrected stand");
            assertEquals(frozen, editions.document(first), "the edition's figures stay");
            assertArrayEquals(published, editions.pdf(first), "the edition's PDF stays byte for byte");
            assertArrayEquals(published, f.report.pdf(editions.document(first), first.publishedAt()),
                    "the stored model renders to exactly the published PDF");

            List<ReportEditions.FigureChange> changes = editions.diff(first);
            ReportEditions.FigureChange k = changes.stream()
                    .filter(c -> c.figure().equals("Kennzahl „Glasfaser (FTTB/H)“")).findFirst().orElseThrow();
            assertTrue(k.before().startsWith(fttbh + " ("), k.before());
            assertTrue(k.after().startsWith(kpiText(live) + " ("), k.after());
            assertTrue(k.causes().stream().anyMatch(c -> c.startsWith("geändert: Versorgung Magdeburg (15003000)")),
                    k.causes().toString());
            assertTrue(changes.stream().anyMatch(c -> c.figure().startsWith("Glasfaser je Kreis · Magdeburg")),
                    changes.toString());

            f.clock.set(Instant.parse("2026-03-02T10:00:00Z"));
            Info second = editions.publish(2024, CUT_OFF);
            assertEquals(2, second.edition());
            assertEquals(second, editions.latest(2024).orElseThrow());
            assertEquals(first, editions.find(2024, 1).orElseThrow());
            assertTrue(editions.diff(second).isEmpty());
        }
    }

    @Test
    void aDamagedStoredPdfIsRefused(@TempDir Path dir) throws Exception {
        try (ReportFixture f = new ReportFixture(dir)) {
            f.coverage.importCsv("versorgung-beispiel.csv", sample(), CUT_OFF, false);
            ReportEditions editions = editions(f);
            Info e = editions.publish(2024, CUT_OFF);
            Database db = f.db;
            db.dsl().execute("UPDATE report_edition SET pdf = X'00' WHERE id = '" + e.id() + "'");
            IllegalStateException x = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> editions.pdf(e));
            assertTrue(x.getMessage().contains("Prüfsumme"), x.getMessage());
        }
    }

    private static String kpiText(Document d) {
        return d.kpis().stream().filter(k -> k.id().equals("fttbh")).findFirst().orElseThrow().valueText();
    }
}
