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
 * Prints exactly the report PDF (the same pages as the file) through Java printing with PDFBox's
 * {@link PDFPageable}: optionally the system print dialog first (printer choice, page range,
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

    /**
     * @param job        the printer job (its print service decides where the pages go)
     * @param showDialog show the system print dialog first
     * @return false when the user cancelled the dialog
     */
    public boolean print(byte[] pdf, PrinterJob job, boolean showDialog, String jobName) {
        if (job.getPrintService() == null) {
            throw new NoPrinterException();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(jobName, java.util.Locale.GERMANY));
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
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
