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
        return pdf(d, PdfReportRenderer.defaultDocumentDate(d));
    }

    /** The PDF with {@code documentDate} as its creation date (the same model and date give the same bytes). */
    public byte[] pdf(Document d, java.time.Instant documentDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            renderer.write(d, out, documentDate);
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

    /** Writes the tables of {@code d} as XLSX with {@code created} on the "Bericht" sheet (for a published edition). */
    public static Consumer<OutputStream> xlsxWriter(Document d, java.time.ZonedDateTime created) {
        return out -> XlsxTablesWriter.write(d, created, out);
    }

    /** The tables of {@code d} as XLSX with {@code created} on the "Bericht" sheet (for a published edition). */
    public void writeXlsx(Document d, java.time.ZonedDateTime created, Path target) {
        writeAtomically(target, out -> XlsxTablesWriter.write(d, created, out));
    }

    public void writeXlsx(Document d, Path target) {
        writeAtomically(target, out -> XlsxTablesWriter.write(d, out));
    }

    /** A writer of exactly {@code bytes} (an already rendered PDF), for {@link #writeAtomically}. */
    public static Consumer<OutputStream> bytes(byte[] bytes) {
        return out -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
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

    /**
     * Writes the PDF and the XLSX of {@code d} all or nothing ({@link #writeAtomically(Path, Consumer, Path, Consumer)}):
     * when the XLSX fails after the PDF, neither file is touched.
     */
    public void writePdfAndXlsx(Document d, Path pdf, Path xlsx) {
        writeAtomically(pdf, out -> {
            try {
                renderer.write(d, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, xlsx, out -> XlsxTablesWriter.write(d, out));
    }

    /**
     * Two files all or nothing: each is written into an owner-only temp file in its target's folder (as
     * {@link #writeAtomically(Path, Consumer)}), and only when both are complete are both moved into place;
     * if either writer fails, both temp files are removed and neither target changes.
     */
    public static void writeAtomically(Path first, Consumer<OutputStream> firstWriter, Path second,
                                       Consumer<OutputStream> secondWriter) {
        Path firstTmp = null;
        Path secondTmp = null;
        try {
            firstTmp = stage(first, firstWriter);
            secondTmp = stage(second, secondWriter);
            moveOver(firstTmp, first);
            firstTmp = null;
            moveOver(secondTmp, second);
            secondTmp = null;
        } finally {
            deleteQuietly(firstTmp);
            deleteQuietly(secondTmp);
        }
    }

    private static Path stage(Path target, Consumer<OutputStream> writer) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".tmp");
            de.netzatlas.store.PrivateFiles.createIfMissing(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.accept(out);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(tmp);
                throw e;
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("Datei „" + target + "“ kann nicht geschrieben werden: " + e.getMessage(), e);
        }
    }

    private static void moveOver(Path tmp, Path target) {
        Path abs = target.toAbsolutePath();
        try {
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Datei „" + target + "“ kann nicht geschrieben werden: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temp file stays; the target is untouched either way
            }
        }
    }
}
