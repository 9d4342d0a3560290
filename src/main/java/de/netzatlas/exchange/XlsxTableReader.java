package de.netzatlas.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;

/**
 * Reads one sheet of an XLSX workbook (the first, or a chosen one) as text cells, streaming: the
 * sheet XML is read row by row through POI's event API ({@link XlsxSheetRows}), so a sheet with
 * Excel's 1 048 576 rows imports with flat memory, like a CSV file. Only the shared strings (Excel's
 * table of distinct texts) are held in memory, capped at {@link #MAX_SHARED_STRINGS_BYTES}.
 * Numbers come as plain decimals with decimal comma ({@code 1234,5}, so that numbers stored as German
 * text such as {@code 78.300} or {@code 12,5} read the same way), date cells as ISO dates, text cells
 * as they are (so numbers and dates stored as text reach the same parsers as CSV cells). Zip bombs are
 * refused: POI's {@link ZipSecureFile} inflate-ratio and entry-size limits plus a file-size limit.
 */
public final class XlsxTableReader implements TableReader {

    /** Larger workbooks are refused before POI opens them. */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;
    /** The largest zip entry (a sheet with a million rows has a few hundred MB of XML; it is streamed). */
    static final long MAX_ENTRY_BYTES = 0xFFFFFFFFL;
    /** The shared strings are the one part held in memory. */
    static final long MAX_SHARED_STRINGS_BYTES = 256L * 1024 * 1024;
    /** Rows searched for the header in {@link #detect}. */
    private static final int DETECT_ROWS = 31;

    private final OPCPackage pkg;
    private final XlsxSheetRows sheet;
    private final Problems problems;
    private final long sheetBytes;
    private final long fileBytes;
    private final int headerIndex;
    private final List<String> header;
    private final TrailingFootnotes footnotes = new TrailingFootnotes();
    private XlsxSheetRows.RawRow lookahead;
    private long lastRow;
    private boolean failed;

    private XlsxTableReader(Opened opened, int headerIndex, Problems problems) {
        this.pkg = opened.pkg;
        this.sheet = opened.rows;
        this.sheetBytes = opened.sheetBytes;
        this.fileBytes = opened.fileBytes;
        this.problems = problems;
        this.headerIndex = headerIndex;
        List<String> names = new ArrayList<>();
        XlsxSheetRows.RawRow r;
        while ((r = raw()) != null) {
            if (r.index() == headerIndex) {
                names.addAll(r.cells());
                break;
            }
            if (r.index() > headerIndex) {
                lookahead = r;
                break;
            }
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        this.header = List.copyOf(names);
    }

    /** Configures POI's zip-bomb guards (process-wide POI settings; set to the same values every time). */
    static void guardAgainstZipBombs() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(50_000_000L);
    }

    /**
     * Opens the sheet {@code settings.sheet()} (null: the first) with the header in row
     * {@code settings.headerIndex()} (0-based). Returns null when the file cannot be used; the
     * reason is in {@code problems}.
     */
    public static XlsxTableReader open(Path file, ReadSettings settings, Problems problems) {
        Opened opened = openSheet(file, settings.sheet(), problems);
        if (opened == null) {
            return null;
        }
        XlsxTableReader reader = new XlsxTableReader(opened, Math.max(0, settings.headerIndex()), problems);
        if (reader.failed) {
            reader.close();
            return null;
        }
        if (reader.header.isEmpty()) {
            problems.error(settings.headerIndex() + 1L, "-", null, "Die Kopfzeile (Zeile " + (settings.headerIndex() + 1)
                    + ") ist leer.");
        }
        return reader;
    }

    /** The sheet and a guessed header row (the first row with at least two text cells); reads only the first rows. */
    public static ReadSettings detect(Path file, String sheetName, Problems problems) {
        ReadSettings base = new ReadSettings(Format.XLSX, null, ';', true, 0, sheetName, ReadSettings.DEFAULT_MISSING);
        Opened opened = openSheet(file, sheetName, problems);
        if (opened == null) {
            return base;
        }
        try {
            XlsxSheetRows.RawRow r;
            while ((r = opened.rows.next()) != null && r.index() < DETECT_ROWS) {
                if (r.textCells() >= 2) {
                    return base.withHeaderIndex(r.index());
                }
            }
            return base;
        } catch (XMLStreamException | SAXException | RuntimeException e) {
            problems.error(0, "-", null, why(e));
            return base;
        } finally {
            opened.close();
        }
    }

    /**
     * Why a file that is not a zip archive cannot be an XLSX workbook: a password-protected workbook and
     * an old .xls workbook are both OLE2 files; anything else is not a workbook at all.
     */
    static String notAWorkbook(Path file, byte[] head) {
        try {
            if (FileMagic.valueOf(head) == FileMagic.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    return fs.getRoot().hasEntry("EncryptionInfo")
                            ? "Die Arbeitsmappe ist mit einem Kennwort verschlüsselt und kann nicht gelesen werden: "
                            + "bitte in Excel ohne Kennwort speichern und erneut importieren."
                            : "Die Datei ist eine Excel-Arbeitsmappe im alten .xls-Format: bitte in Excel als .xlsx "
                            + "(Excel-Arbeitsmappe) speichern und erneut importieren.";
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the general message
        }
        return "Die Datei ist keine XLSX-Arbeitsmappe (falsche Endung?).";
    }

    /** The opened package and the chosen sheet's row stream; null (problem reported) when unusable. */
    private record Opened(OPCPackage pkg, XlsxSheetRows rows, long sheetBytes, long fileBytes) {
        void close() {
            rows.close();
            pkg.revert();
        }
    }

    private static Opened openSheet(Path file, String sheetName, Problems problems) {
        guardAgainstZipBombs();
        long fileBytes;
        try {
            fileBytes = Files.size(file);
            if (fileBytes > MAX_FILE_BYTES) {
                problems.error(0, "-", null, "Die Arbeitsmappe ist größer als " + MAX_FILE_BYTES / 1024 / 1024
                        + " MB; bitte als CSV speichern.");
                return null;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
            if (!(head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
                problems.error(0, "-", null, notAWorkbook(file, head));
                return null;
            }
        } catch (IOException e) {
            problems.error(0, "-", null, "Die Datei kann nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
            return null;
        }
        OPCPackage pkg = null;
        InputStream sheetXml = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            PackagePart part = null;
            while (sheets.hasNext()) {
                InputStream in = sheets.next();
                String name = sheets.getSheetName();
                names.add(name);
                if (sheetXml == null && (sheetName == null || sheetName.isBlank() || sheetName.equals(name))) {
                    sheetXml = in;
                    part = sheets.getSheetPart();
                } else {
                    in.close();
                }
            }
            if (sheetXml == null) {
                problems.error(0, "-", sheetName, names.isEmpty() ? "Die Arbeitsmappe enthält kein Blatt."
                        : "Blatt „" + sheetName + "“ gibt es nicht; vorhanden: " + String.join(", ", names) + ".");
                pkg.revert();
                return null;
            }
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            if (strings == null) {
                problems.error(0, "-", null, "Die Arbeitsmappe enthält zu viele verschiedene Texte (mehr als "
                        + MAX_SHARED_STRINGS_BYTES / 1024 / 1024 + " MB); bitte als CSV speichern.");
                sheetXml.close();
                pkg.revert();
                return null;
            }
            StylesTable styles = reader.getStylesTable();
            XlsxSheetRows rows = new XlsxSheetRows(sheetXml, styles != null ? styles : new StylesTable(), strings,
                    date1904(reader));
            return new Opened(pkg, rows, Math.max(0, part.getSize()), fileBytes);
        } catch (Exception e) {
            problems.error(0, "-", null, why(e));
            if (sheetXml != null) {
                try {
                    sheetXml.close();
                } catch (IOException ignored) {
                    // read-only
                }
            }
            if (pkg != null) {
                pkg.revert();
            }
            return null;
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty() && parts.get(0).getSize() > MAX_SHARED_STRINGS_BYTES) {
            return null;
        }
        return new ReadOnlySharedStringsTable(pkg, false);
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel), from workbook.xml. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbookPr pr = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook()
                    .getWorkbookPr();
            return pr != null && pr.getDate1904();
        }
    }

    /** The German message for a workbook that fails to open or to read. */
    private static String why(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(t.getMessage()).append(' ');
            if (t instanceof ODFNotOfficeXmlFileException) {
                return "Die Datei ist eine OpenDocument-Tabelle (.ods), keine XLSX-Arbeitsmappe: bitte als .xlsx speichern.";
            }
        }
        if (chain.indexOf("DOCTYPE") >= 0 || chain.indexOf("DTD") >= 0 || chain.indexOf("ENTITY") >= 0) {
            return "Die Arbeitsmappe enthält eine DOCTYPE-Deklaration (Verweise auf andere Dateien oder Adressen) "
                    + "und wird aus Sicherheitsgründen nicht geöffnet; in Excel neu speichern.";
        }
        return chain.indexOf("Zip bomb") >= 0 || chain.indexOf("exceeds the max") >= 0
                ? "Die Arbeitsmappe ist verdächtig stark gepackt (Zip-Bombe?) und wird nicht geöffnet."
                : "Die Datei ist keine lesbare XLSX-Arbeitsmappe (beschädigt oder unvollständig?).";
    }

    /** The next raw row of the sheet, or null at the end or after a read failure (reported once). */
    private XlsxSheetRows.RawRow raw() {
        if (lookahead != null) {
            XlsxSheetRows.RawRow r = lookahead;
            lookahead = null;
            return r;
        }
        if (failed) {
            return null;
        }
        try {
            return sheet.next();
        } catch (XMLStreamException | SAXException | RuntimeException e) {
            failed = true;
            problems.error(lastRow + 1, "-", null, why(e));
            return null;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerRow() {
        return headerIndex + 1L;
    }

    @Override
    public SourceRow next() {
        SourceRow released = footnotes.poll();
        if (released != null) {
            return released;
        }
        XlsxSheetRows.RawRow r;
        while ((r = raw()) != null) {
            lastRow = r.index() + 1L;
            if (r.index() <= headerIndex) {
                continue;
            }
            List<String> cells = new ArrayList<>(header.size());
            for (int c = 0; c < header.size(); c++) {
                cells.add(c < r.cells().size() ? r.cells().get(c) : "");
            }
            long filled = cells.stream().filter(s -> !s.isEmpty()).count();
            if (filled == 0) {
                continue;
            }
            String defect = RowShape.tooWide(r.cells(), header.size(), " (Werte rechts neben der Tabelle?)");
            if (defect == null && RowShape.lonely(cells, header.size()) && !RowShape.footnoteText(RowShape.lone(cells))) {
                defect = RowShape.cutOff(header.size());
            }
            SourceRow row = new SourceRow(r.index() + 1L, cells, null, defect);
            // perhaps a trailing footnote (only one cell filled, text): data only if a fuller row follows
            SourceRow out = footnotes.offer(row, defect == null && RowShape.lonely(cells, header.size()));
            if (out != null) {
                return out;
            }
        }
        footnotes.end();
        return null;
    }

    /** Progress in file bytes: the share of the sheet XML read, scaled to the workbook's size. */
    @Override
    public long position() {
        return sheetBytes <= 0 ? 0 : Math.min(fileBytes, (long) ((double) sheet.bytesRead() / sheetBytes * fileBytes));
    }

    @Override
    public void close() {
        sheet.close();
        pkg.revert();
    }
}
