package de.netzatlas.ui.report;

import java.awt.image.BufferedImage;
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
import de.netzatlas.report.ReportEditionRepository;
import de.netzatlas.report.ReportEditions;
import de.netzatlas.report.ReportModel;
import de.netzatlas.report.ReportPrinter;
import de.netzatlas.report.ReportService;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import de.netzatlas.ui.common.TaskHandle;

/**
 * The report window's state: year and cut-off, creating the report off the FX thread (cancel
 * discards the result), the preview (page images rendered by PDFBox from exactly the PDF bytes that
 * are saved and printed), page navigation, zoom, save/XLSX/print and the chapter texts per year.
 */
public final class ReportViewModel {

    private final java.util.function.Supplier<ReportService> report;
    private final java.util.function.Supplier<ReportEditions> editions;
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final StringProperty edition = new SimpleStringProperty("");
    private final BooleanProperty published = new SimpleBooleanProperty();
    private final javafx.collections.ObservableList<String> changes = javafx.collections.FXCollections
            .observableArrayList();
    private final ReportPrinter printer;
    private final BackgroundExecutor executor;
    private final Messages m;

    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<BufferedImage> pageImage = new SimpleObjectProperty<>();
    private final AtomicLong generation = new AtomicLong();
    private TaskHandle creating;
    private final java.util.function.Supplier<String> user;
    private volatile ReportModel.Document document;
    private volatile byte[] pdf;

    /**
     * @param editions the published editions (a year with one shows it unless {@link #liveProperty} is set)
     * @param user     who saves chapter texts (read in the background: the display name is a setting)
     */
    public ReportViewModel(java.util.function.Supplier<ReportService> report,
                           java.util.function.Supplier<ReportEditions> editions, ReportPrinter printer,
                           java.util.function.Supplier<String> user, BackgroundExecutor executor, Messages messages,
                           int defaultYear) {
        this.report = report;
        this.editions = editions;
        this.user = user;
        this.printer = printer;
        this.executor = executor;
        this.m = messages;
        year.set(defaultYear);
        asOf.set(ReportService.defaultCutOff(defaultYear));
        year.addListener((o, a, b) -> asOf.set(ReportService.defaultCutOff(b.intValue())));
        page.addListener((o, a, b) -> renderPage());
        zoom.addListener((o, a, b) -> renderPage());
    }

    public void create() {
        cancel();
        long run = generation.incrementAndGet();
        int y = year.get();
        LocalDate cutOff = asOf.get() != null ? asOf.get() : ReportService.defaultCutOff(y);
        running.set(true);
        status.set(m.format("report.status.reading", cutOff.format(GermanDates.FORMAT)));
        boolean showLive = live.get();
        TaskHandle handle = executor.submit(m.get("report.task.create"), t -> {
            ReportEditions ed = editions.get();
            java.util.Optional<ReportEditionRepository.Info> e = ed.latest(y).filter(i -> i.cutOff().equals(cutOff));
            ReportModel.Document d;
            byte[] bytes;
            String banner;
            java.util.List<String> diff = java.util.List.of();
            if (e.isPresent() && !showLive) {
                d = ed.document(e.get());
                bytes = ed.pdf(e.get());
                t.message(m.get("report.status.comparing"));
                diff = lines(ed.diff(e.get()));
                banner = m.format("report.edition.shown", e.get().label(), when(e.get()), e.get().publishedBy());
            } else {
                d = report.get().assemble(y, cutOff);
                t.stopIfCancelled();
                t.message(m.get("report.status.typesetting"));
                bytes = report.get().pdf(d);
                if (e.isPresent()) {
                    diff = lines(ReportEditions.diff(ed.document(e.get()), d));
                    banner = m.format("report.edition.live", e.get().label());
                } else {
                    banner = m.get("report.edition.none");
                }
            }
            t.stopIfCancelled();
            int pages;
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                pages = doc.getNumberOfPages();
            }
            return new Created(d, bytes, pages, banner, e.isPresent() && !showLive, diff);
        }, result -> {
            if (generation.get() != run) {
                return;
            }
            document = result.document();
            pdf = result.pdf();
            edition.set(result.banner());
            published.set(result.published());
            changes.setAll(result.changes());
            running.set(false);
            pageCount.set(result.pages());
            status.set(m.format("report.status.done", result.pages()));
            if (page.get() != 0) {
                page.set(0);
            } else {
                renderPage();
            }
        }, f -> {
            if (generation.get() == run) {
                running.set(false);
                status.set(m.format("report.status.failed", f.message()));
            }
        });
        handle.messageProperty().addListener((o, was, now) -> {
            if (generation.get() == run && handle.runningProperty().get() && !now.isEmpty()) {
                status.set(now);
            }
        });
        creating = handle;
    }

    private record Created(ReportModel.Document document, byte[] pdf, int pages, String banner, boolean published,
                           java.util.List<String> changes) {
    }

    private static String when(ReportEditionRepository.Info e) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Berlin")).format(e.publishedAt());
    }

    /** One line per changed figure ("Figur: alt → neu"), then the changed records of its chapter once. */
    private static java.util.List<String> lines(java.util.List<ReportEditions.FigureChange> diff) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> chapters = new java.util.HashSet<>();
        for (ReportEditions.FigureChange c : diff) {
            out.add(c.figure() + ": " + c.before() + " → " + c.after());
            if (chapters.add(c.chapter())) {
                c.causes().forEach(x -> out.add("    " + x));
            }
        }
        return out;
    }

    /**
     * Publishes the report of the chosen year and cut-off as a new, unchangeable edition, then shows
     * it. The view asks the planner first.
     */
    public void publish() {
        int y = year.get();
        LocalDate cutOff = asOf.get() != null ? asOf.get() : ReportService.defaultCutOff(y);
        running.set(true);
        status.set(m.format("report.status.publishing", y));
        executor.submit(m.get("report.task.publish"), t -> editions.get().publish(y, cutOff), e -> {
            live.set(false); // before running ends: the view's live listener must not start a second run
            running.set(false);
            status.set(m.format("report.status.published", e.label(), e.pdfSha256().substring(0, 12)));
            create();
        }, f -> {
            running.set(false);
            failed(f);
        });
    }

    /** Stops the running report after its current step; its result is discarded. */
    public void cancel() {
        TaskHandle t = creating;
        creating = null;
        if (t == null || !t.runningProperty().get()) {
            return;
        }
        t.cancel();
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
        executor.submit(m.get("report.task.page"), t -> {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return new PDFRenderer(doc).renderImageWithDPI(p, dpi);
            }
        }, pageImage::set, this::failed);
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
        executor.submit(m.get("report.task.savePdf"), t -> {
            ReportService.writeAtomically(target, ReportService.bytes(bytes));
            return target;
        }, t -> status.set(m.format("report.status.saved", t)), this::failed);
    }

    public void saveXlsx(Path target) {
        ReportModel.Document d = document;
        executor.submit(m.get("report.task.saveXlsx"), t -> {
            report.get().writeXlsx(d, target);
            return target;
        }, t -> status.set(m.format("report.status.saved", t)), this::failed);
    }

    /** Opens the system print dialog and prints exactly the previewed PDF. */
    public void print() {
        byte[] bytes = pdf;
        String title = document.title();
        // Looking up the print services can take seconds (network printers): not on the FX thread.
        executor.submit(m.get("report.task.print"), t -> printer.hasPrinter() ? printer.print(bytes, null, true, title) : null,
                done -> status.set(done == null ? ReportPrinter.NO_PRINTER
                        : done ? m.get("report.status.printed") : m.get("report.status.printCancelled")),
                f -> status.set(f.cause() instanceof ReportPrinter.NoPrinterException ? f.message()
                        : m.format("report.status.failed", f.message())));
    }

    /** Reads a chapter's own text for the chosen year off the FX thread and hands it to {@code show}. */
    public void loadText(String chapter, Consumer<String> show) {
        int y = year.get();
        executor.submit(m.get("report.task.loadText"), t -> report.get().texts().text(y, chapter).orElse(""), show,
                this::failed);
    }

    public void saveText(String chapter, String body) {
        int y = year.get();
        executor.submit(m.get("report.task.saveText"), t -> {
            report.get().texts().save(y, chapter, body, user.get());
            return chapter;
        }, c -> status.set(m.format("report.status.textSaved", ReportAssemblerTitles.title(c), y)), this::failed);
    }

    private void failed(TaskFailure f) {
        status.set(m.format("report.status.failed", f.message()));
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

    /** The cut-off the report is made for: the chosen date, else 31 December of the year. */
    public LocalDate cutOff() {
        return asOf.get() != null ? asOf.get() : ReportService.defaultCutOff(year.get());
    }

    /** Show today's data for the cut-off even when an edition is published. */
    public BooleanProperty liveProperty() {
        return live;
    }

    /** Which data the preview shows: the published edition (and when), or today's data. */
    public StringProperty editionProperty() {
        return edition;
    }

    /** Whether the preview is a published edition (it cannot be changed). */
    public BooleanProperty publishedProperty() {
        return published;
    }

    /** The figures that today's data change against the published edition, with the records behind them. */
    public javafx.collections.ObservableList<String> changes() {
        return changes;
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
