package de.netzatlas.ui.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import de.netzatlas.common.GermanDates;
import de.netzatlas.common.Messages;
import de.netzatlas.report.ReportModel;
import de.netzatlas.report.ReportPrinter;
import de.netzatlas.report.ReportService;
import de.netzatlas.ui.common.BackgroundExecutor;

/**
 * The report window's state: year and cut-off, creating the report off the FX thread (cancel
 * discards the result), the preview (page images rendered by PDFBox from exactly the PDF bytes that
 * are saved and printed), page navigation, zoom, save/XLSX/print and the chapter texts per year.
 */
public final class ReportViewModel {

    private final java.util.function.Supplier<ReportService> report;
    private final ReportPrinter printer;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final Consumer<Runnable> fx;

    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<BufferedImage> pageImage = new SimpleObjectProperty<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile ReportModel.Document document;
    private volatile byte[] pdf;

    /** @param fx runs a status update on the FX thread (tests: {@code Runnable::run}) */
    public ReportViewModel(java.util.function.Supplier<ReportService> report, ReportPrinter printer,
                           BackgroundExecutor executor, Messages messages, Consumer<Runnable> fx, int defaultYear) {
        this.report = report;
        this.printer = printer;
        this.executor = executor;
        this.m = messages;
        this.fx = fx;
        year.set(defaultYear);
        asOf.set(ReportService.defaultCutOff(defaultYear));
        year.addListener((o, a, b) -> asOf.set(ReportService.defaultCutOff(b.intValue())));
        page.addListener((o, a, b) -> renderPage());
        zoom.addListener((o, a, b) -> renderPage());
    }

    public void create() {
        long run = generation.incrementAndGet();
        int y = year.get();
        LocalDate cutOff = asOf.get() != null ? asOf.get() : ReportService.defaultCutOff(y);
        running.set(true);
        status.set(m.format("report.status.reading", cutOff.format(GermanDates.FORMAT)));
        executor.run(() -> {
            ReportModel.Document d = report.get().assemble(y, cutOff);
            if (generation.get() != run) {
                return null;
            }
            fx.accept(() -> status.set(m.get("report.status.typesetting")));
            byte[] bytes = report.get().pdf(d);
            int pages;
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                pages = doc.getNumberOfPages();
            }
            return new Object[] {d, bytes, pages};
        }, result -> {
            if (result == null || generation.get() != run) {
                return;
            }
            document = (ReportModel.Document) result[0];
            pdf = (byte[]) result[1];
            running.set(false);
            pageCount.set((Integer) result[2]);
            status.set(m.format("report.status.done", result[2]));
            if (page.get() != 0) {
                page.set(0);
            } else {
                renderPage();
            }
        }, e -> {
            if (generation.get() == run) {
                running.set(false);
                status.set(m.format("report.status.failed", e.getMessage()));
            }
        });
    }

    /** Stops waiting for the running report; its result is discarded. */
    public void cancel() {
        generation.incrementAndGet();
        running.set(false);
        status.set(m.get("report.status.cancelled"));
    }

    void renderPage() {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        int p = Math.max(0, Math.min(page.get(), pageCount.get() - 1));
        float dpi = (float) (96 * zoom.get());
        executor.run(() -> {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return new PDFRenderer(doc).renderImageWithDPI(p, dpi);
            }
        }, pageImage::set, e -> status.set(m.format("report.status.failed", e.getMessage())));
    }

    public void next() {
        if (page.get() < pageCount.get() - 1) {
            page.set(page.get() + 1);
        }
    }

    public void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(4, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(0.3, zoom.get() / 1.25));
    }

    public void savePdf(Path target) {
        byte[] bytes = pdf;
        executor.run(() -> {
            ReportService.writeAtomically(target, out -> {
                try {
                    out.write(bytes);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return target;
        }, t -> status.set(m.format("report.status.saved", t)), e -> status.set(m.format("report.status.failed",
                e.getMessage())));
    }

    public void saveXlsx(Path target) {
        ReportModel.Document d = document;
        executor.run(() -> {
            report.get().writeXlsx(d, target);
            return target;
        }, t -> status.set(m.format("report.status.saved", t)), e -> status.set(m.format("report.status.failed",
                e.getMessage())));
    }

    /** Opens the system print dialog and prints exactly the previewed PDF. */
    public void print() {
        byte[] bytes = pdf;
        String title = document.title();
        // Looking up the print services can take seconds (network printers): not on the FX thread.
        executor.run(() -> printer.hasPrinter() ? printer.print(bytes, null, true, title) : null,
                done -> status.set(done == null ? ReportPrinter.NO_PRINTER
                        : done ? m.get("report.status.printed") : m.get("report.status.printCancelled")),
                e -> status.set(e instanceof ReportPrinter.NoPrinterException ? e.getMessage()
                        : m.format("report.status.failed", e.getMessage())));
    }

    /** Reads a chapter's own text for the chosen year off the FX thread and hands it to {@code show}. */
    public void loadText(String chapter, java.util.function.Consumer<String> show) {
        int y = year.get();
        executor.run(() -> report.get().texts().text(y, chapter).orElse(""), show,
                e -> status.set(m.format("report.status.failed", e.getMessage())));
    }

    public void saveText(String chapter, String body, String user) {
        int y = year.get();
        executor.run(() -> {
            report.get().texts().save(y, chapter, body, user);
            return chapter;
        }, c -> status.set(m.format("report.status.textSaved", ReportAssemblerTitles.title(c), y)),
                e -> status.set(m.format("report.status.failed", e.getMessage())));
    }

    public boolean hasReport() {
        return pdf != null;
    }

    public byte[] pdfBytes() {
        return pdf;
    }

    public ReportModel.Document document() {
        return document;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage;
    }

    /** Chapter ids → titles of the editable texts. */
    static final class ReportAssemblerTitles {
        private ReportAssemblerTitles() {
        }

        static String title(String id) {
            return de.netzatlas.report.ReportAssembler.TEXT_CHAPTERS.getOrDefault(id, id);
        }
    }
}
