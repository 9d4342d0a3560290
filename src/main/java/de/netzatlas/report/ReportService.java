package de.netzatlas.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import de.netzatlas.report.ReportModel.Document;

/**
 * The report use cases: assemble the model for a year and cut-off, write it as PDF and the tables
 * as XLSX. Files are written to a temporary file next to the target and moved into place only when
 * complete, so a failure never leaves a half-written report. Reads the database only.
 */
public final class ReportService {

    public static final String SETTING_ISSUER = "bericht.herausgeber";

    /** Data sources and licences printed in the appendix. */
    public static final List<String> ATTRIBUTIONS = List.of(
            "Verwaltungsgrenzen: © GeoBasis-DE / BKG 2016 (Daten verändert).",
            "Einwohner und Haushalte: © Statistisches Bundesamt (Destatis), GV-ISys; Datenlizenz Deutschland – "
                    + "Namensnennung – Version 2.0 (Daten verändert).",
            "Ortsnamen: GeoNames (www.geonames.org), CC BY 4.0 (Daten verändert).",
            "Gewässer: Made with Natural Earth (gemeinfrei).",
            "Breitbandversorgung und Ausbauprojekte: Datenbestand des Ministeriums in Netzatlas (Importe und "
                    + "Erfassungen; Stand je Kapitel siehe Anhang B).",
            "Schrift: DejaVu Sans (Bitstream-Vera-Lizenz / gemeinfreie Ergänzungen), eingebettet.",
            "Erstellt mit Netzatlas (GPL-3.0-or-later) auf Apache PDFBox, openhtmltopdf, JFreeChart und Apache POI.");

    private final ReportAssembler assembler;
    private final PdfReportRenderer renderer;
    private final ReportTextRepository texts;

    public ReportService(ReportAssembler assembler, PdfReportRenderer renderer, ReportTextRepository texts) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.texts = texts;
    }

    /** The default cut-off of a report year: 31 December. */
    public static LocalDate defaultCutOff(int year) {
        return LocalDate.of(year, 12, 31);
    }

    public Document assemble(int year, LocalDate asOf) {
        return assembler.assemble(year, asOf);
    }

    public ReportTextRepository texts() {
        return texts;
    }

    public PdfReportRenderer renderer() {
        return renderer;
    }

    public byte[] pdf(Document d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            renderer.write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF konnte nicht erzeugt werden: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public void writePdf(Document d, Path target) {
        writeAtomically(target, out -> {
            try {
                renderer.write(d, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void writeXlsx(Document d, Path target) {
        writeAtomically(target, out -> XlsxTablesWriter.write(d, out));
    }

    /** Writes into an owner-only temp file in the target's folder, then moves it over the target. */
    public static void writeAtomically(Path target, Consumer<OutputStream> writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".tmp");
            // owner-only from the first byte (reports and exports hold unpublished planning data)
            de.netzatlas.store.PrivateFiles.createIfMissing(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.accept(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Datei „" + target + "“ kann nicht geschrieben werden: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temp file stays; the target is untouched either way
                }
            }
        }
    }
}
