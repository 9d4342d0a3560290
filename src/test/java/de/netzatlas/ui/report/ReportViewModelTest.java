package de.netzatlas.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.report.ReportPrinter;
import de.netzatlas.ui.common.TaskFailure;
import de.netzatlas.ui.common.TaskRunner;

/** The report window's work through the background-task contract: cancel, failure, progress text. */
class ReportViewModelTest {

    private final List<Runnable> worker = new ArrayList<>();
    private final List<TaskFailure> unhandled = new ArrayList<>();
    private final TaskRunner queued = new TaskRunner(worker::add, Runnable::run, unhandled::add);

    private void runQueued() {
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }
    }

    @Test
    void cancelStopsTheReportAndNothingIsShown(@TempDir Path dir) {
        try (AppServices services = AppServices.open(dir.resolve("abbruch.mv.db"))) {
            ReportViewModel vm = vm(services);
            vm.create();
            assertTrue(vm.runningProperty().get());
            assertTrue(vm.statusProperty().get().startsWith("Daten zum Stichtag 31.12.2025"), vm.statusProperty().get());
            vm.cancel();
            runQueued();
            assertFalse(vm.runningProperty().get());
            assertFalse(vm.hasReport(), "a cancelled report is not shown");
            assertEquals(new Messages(Locale.GERMANY).get("report.status.cancelled"), vm.statusProperty().get());
            assertEquals(List.of(), unhandled);

            vm.create(); // and a new one runs to the end
            runQueued();
            assertTrue(vm.hasReport(), vm.statusProperty().get());
        }
    }

    @Test
    void aFailedSaveIsShownInGermanInTheStatusLine(@TempDir Path dir) throws Exception {
        try (AppServices services = AppServices.open(dir.resolve("fehler.mv.db"))) {
            ReportViewModel vm = vm(services);
            vm.create();
            runQueued();
            Path folderInTheWay = Files.createDirectories(dir.resolve("bericht.pdf"));
            vm.savePdf(folderInTheWay);
            runQueued();
            String status = vm.statusProperty().get();
            assertTrue(status.startsWith(new Messages(Locale.GERMANY).format("report.status.failed", "").trim()), status);
            assertFalse(status.contains("Exception"), status);
            assertEquals(List.of(), unhandled, "the status line shows it, no second dialog");
        }
    }

    @Test
    void theForewordAndTheImpressumAreEditableLikeTheChapterTexts(@TempDir Path dir) {
        assertTrue(de.netzatlas.report.ReportAssembler.TEXT_CHAPTERS.keySet().containsAll(List.of("vorwort",
                "impressum")), "the text dialog lists TEXT_CHAPTERS");
        try (AppServices services = AppServices.open(dir.resolve("texte.mv.db"))) {
            ReportViewModel vm = vm(services);
            vm.saveText("impressum", "Herausgeber: Ministerium");
            runQueued();
            assertTrue(vm.statusProperty().get().contains("Impressum"), vm.statusProperty().get());
            List<String> loaded = new ArrayList<>();
            vm.loadText("impressum", loaded::add);
            vm.loadText("vorwort", loaded::add);
            runQueued();
            assertEquals(List.of("Herausgeber: Ministerium", ""), loaded);
            assertEquals(List.of(), unhandled);
        }
    }

    private ReportViewModel vm(AppServices services) {
        return new ReportViewModel(services::report, services::reportEditions, ReportPrinter.system(), () -> "test",
                queued, new Messages(Locale.GERMANY), 2025);
    }

    @Test
    void aPublishedEditionIsShownFrozenAndTodaysDifferencesAreListed(@TempDir Path dir) throws Exception {
        try (AppServices services = AppServices.open(dir.resolve("ausgabe.mv.db"))) {
            java.time.LocalDate cutOff = java.time.LocalDate.of(2025, 12, 31);
            services.coverage().importCsv(Path.of("assets/samples/versorgung-beispiel.csv"), cutOff, false);
            ReportViewModel vm = vm(services);
            vm.create();
            runQueued();
            assertTrue(vm.editionProperty().get().contains("noch keine Ausgabe"), vm.editionProperty().get());
            assertFalse(vm.publishedProperty().get());

            vm.publish();
            runQueued();
            assertTrue(vm.publishedProperty().get(), vm.statusProperty().get());
            assertTrue(vm.editionProperty().get().startsWith("Veröffentlichte Ausgabe 2025/1 vom "),
                    vm.editionProperty().get());
            byte[] published = vm.pdfBytes();
            assertEquals(List.of(), vm.changes());

            String csv = Files.readString(Path.of("assets/samples/versorgung-beispiel.csv"));
            String line = csv.lines().filter(l -> l.startsWith("15003000;")).findFirst().orElseThrow();
            String[] f = line.split(";", -1);
            f[11] = String.valueOf(Integer.parseInt(f[11]) + 20_000);
            Path corrected = dir.resolve("korrigiert.csv");
            Files.writeString(corrected, csv.replace(line, String.join(";", f)));
            services.coverage().importCsv(corrected, cutOff, false);

            vm.create();
            runQueued();
            assertTrue(vm.publishedProperty().get());
            org.junit.jupiter.api.Assertions.assertArrayEquals(published, vm.pdfBytes(), "the edition is unchanged");
            assertTrue(vm.changes().stream().anyMatch(c -> c.startsWith("Kennzahl „Glasfaser (FTTB/H)“: ")),
                    vm.changes().toString());
            assertTrue(vm.changes().stream().anyMatch(c -> c.contains("geändert: Versorgung Magdeburg")),
                    vm.changes().toString());

            vm.liveProperty().set(true);
            vm.create();
            runQueued();
            assertFalse(vm.publishedProperty().get());
            assertTrue(vm.editionProperty().get().startsWith("Heutiger Datenstand – veröffentlicht ist Ausgabe 2025/1"),
                    vm.editionProperty().get());
            assertFalse(java.util.Arrays.equals(published, vm.pdfBytes()));
            assertEquals(List.of(), unhandled);
        }
    }
}
