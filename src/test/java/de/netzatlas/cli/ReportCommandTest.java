package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.common.Messages;
import de.netzatlas.report.ReportModel;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.report.ReportViewModel;

/** {@code netzatlas report}: files complete and in place on exit 0; the view model previews the same PDF. */
class ReportCommandTest {

    @Test
    void reportWritesPdfAndXlsxAndLeavesNoTempFiles(@TempDir Path dir) throws Exception {
        String db = dir.resolve("r.mv.db").toString();
        AppServices.open(Path.of(db)).close(); // report only reads: the database must exist
        // no data at all: the report is still complete, its chapters say "keine Daten"
        Path pdf = dir.resolve("out").resolve("bericht-2025.pdf");
        Path xlsx = dir.resolve("out").resolve("tabellen.xlsx");
        CliRun run = CliRun.of("--db", db, "report", "--year", "2025", "--as-of", "31.12.2025", "--out", pdf.toString(),
                "--xlsx", xlsx.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("Stichtag 31.12.2025"), run.err());
        assertTrue(Files.size(pdf) > 10_000);
        assertTrue(Files.size(xlsx) > 1_000);
        try (var files = Files.list(pdf.getParent())) {
            assertEquals(2, files.count(), "no temp files left");
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            // the same fixed sheets as every year, each empty chapter's sheet says so
            java.util.List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(de.netzatlas.report.XlsxTablesWriter.fixedSheetNames(), names);
            assertEquals(de.netzatlas.report.ReportAssembler.NO_DATA,
                    wb.getSheet("Glasfaser je Kreis").getRow(3).getCell(0).getStringCellValue());
            assertTrue(run.err().contains("(" + names.size() + " Tabellenblätter)"), run.err());
        }
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertTrue(text.contains("keine Daten"));
            assertFalse(text.toLowerCase(Locale.ROOT).contains("demodaten"));
        }

        CliRun missing = CliRun.of("--db", db, "report", "--out", pdf.toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
    }

    @Test
    void viewModelPreviewsPagesOfTheSamePdf(@TempDir Path dir) throws Exception {
        try (AppServices services = AppServices.open(dir.resolve("vm.mv.db"))) {
            ReportViewModel vm = new ReportViewModel(services::report, services::reportEditions, de.netzatlas.report.ReportPrinter.system(), () -> "test",
                    BackgroundExecutor.direct(), new Messages(Locale.GERMANY), 2025);
            assertEquals(java.time.LocalDate.of(2025, 12, 31), vm.asOfProperty().get());
            vm.create();
            assertTrue(vm.hasReport(), vm.statusProperty().get());
            assertTrue(vm.pageCountProperty().get() >= 8);
            assertTrue(vm.pageImageProperty().get() != null);
            int width = vm.pageImageProperty().get().getWidth();
            vm.next();
            assertEquals(1, vm.pageProperty().get());
            vm.zoomIn();
            assertTrue(vm.pageImageProperty().get().getWidth() > width);
            vm.saveText("glasfaser", "Text mit **fett**");
            java.util.concurrent.atomic.AtomicReference<String> loaded = new java.util.concurrent.atomic.AtomicReference<>();
            vm.loadText("glasfaser", loaded::set);
            assertEquals("Text mit **fett**", loaded.get());
            Path out = dir.resolve("b.pdf");
            vm.savePdf(out);
            assertEquals(vm.pdfBytes().length, Files.size(out));
            ReportModel.Document d = vm.document();
            assertEquals("Bericht des Landes-CIO 2025", d.title());
        }
    }
}
