package de.netzatlas.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;

import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints exactly the report PDF (the same pages as the file) through Java printing as vector pages
 * (PDFBox rendering without transparency, see {@link VectorPrintRenderer}, so a demo report with its
 * translucent watermark is not sent as 300-dpi raster bands): optionally the system print dialog first (printer choice, page range,
 * copies). With no printer installed it throws {@link NoPrinterException} with a clear German message.
 */
public final class ReportPrinter {

    public static final String NO_PRINTER = "Es ist kein Drucker eingerichtet. Bitte richten Sie im Betriebssystem "
            + "einen Drucker ein oder speichern Sie den Bericht als PDF und drucken Sie ihn später.";

    /** No print service is available on this machine. */
    public static final class NoPrinterException extends RuntimeException {
        public NoPrinterException() {
            super(NO_PRINTER);
        }
    }

    private final java.util.function.Supplier<javax.print.PrintService[]> services;

    /** @param services the printers of this machine (production: {@code PrinterJob::lookupPrintServices}) */
    public ReportPrinter(java.util.function.Supplier<javax.print.PrintService[]> services) {
        this.services = services;
    }

    public static ReportPrinter system() {
        return new ReportPrinter(PrinterJob::lookupPrintServices);
    }

    /** The installed printer named {@code name} (case-insensitive, exact name first, else the only one containing it). */
    public java.util.Optional<javax.print.PrintService> find(String name) {
        javax.print.PrintService[] all = services.get();
        for (javax.print.PrintService p : all) {
            if (p.getName().equalsIgnoreCase(name)) {
                return java.util.Optional.of(p);
            }
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        java.util.List<javax.print.PrintService> like = java.util.Arrays.stream(all)
                .filter(p -> p.getName().toLowerCase(java.util.Locale.ROOT).contains(n)).toList();
        return like.size() == 1 ? java.util.Optional.of(like.get(0)) : java.util.Optional.empty();
    }

    /** The names of the installed printers. */
    public java.util.List<String> names() {
        return java.util.Arrays.stream(services.get()).map(javax.print.PrintService::getName).toList();
    }

    /** Whether any printer is installed. */
    public boolean hasPrinter() {
        return services.get().length > 0;
    }

    /**
     * The pages as Java printing gets them: vector drawing without transparency
     * ({@link VectorPrintRenderer}), page formats as PDFBox's {@link PDFPageable}.
     */
    static java.awt.print.Pageable pageable(PDDocument doc) {
        return VectorPrintRenderer.pageable(doc);
    }

    /**
     * @param target     the printer (null: the system default, choosable in the dialog)
     * @param showDialog show the system print dialog first (printer, page range, copies)
     * @return false when the user cancelled the dialog
     * @throws NoPrinterException when no printer is installed
     */
    public boolean print(byte[] pdf, javax.print.PrintService target, boolean showDialog, String jobName) {
        javax.print.PrintService[] all = services.get();
        if (target == null && all.length == 0) {
            throw new NoPrinterException();
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (target != null) {
                job.setPrintService(target);
            } else if (job.getPrintService() == null) {
                job.setPrintService(all[0]);
            }
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(jobName, java.util.Locale.GERMANY));
            job.setJobName(jobName);
            job.setPageable(pageable(doc));
            if (showDialog && !job.printDialog(attributes)) {
                return false;
            }
            job.print(attributes);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("Der Bericht konnte nicht zum Drucken geöffnet werden: " + e.getMessage(), e);
        } catch (PrinterException e) {
            throw new IllegalStateException("Drucken fehlgeschlagen: " + e.getMessage(), e);
        }
    }
}
