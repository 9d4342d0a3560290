package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.report.ReportModel.Document;

/** A published edition keeps the whole document model: JSON and back gives the same model. */
class ReportJsonTest {

    @Test
    void theDemoReportSurvivesTheRoundTrip(@TempDir Path dir) {
        try (ReportFixture f = new ReportFixture(dir)) {
            f.demo.load();
            Document d = f.report.assemble(2025, LocalDate.of(2025, 12, 31));
            assertTrue(d.tables().size() > 3);
            assertTrue(d.basis().get(ReportAssembler.FIBRE).size() > 100, "coverage rows and projects behind it");
            ReportJson json = new ReportJson();
            String text = json.write(d);
            Document back = json.read(text);
            assertEquals(d, back);
            assertEquals(text, json.write(back), "the same model always gives the same text");
        }
    }
}
