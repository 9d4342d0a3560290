package de.netzatlas.exchange;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as planners receive it: UTF-8 with or without BOM, Windows-1252 or ISO-8859-1;
 * {@code ;}, {@code ,}, tab or {@code |} as delimiter; quoted multi-line fields; title lines above
 * the header and footnote lines below the data (Destatis/GENESIS tables). {@link #detect} guesses
 * the settings for the preview; the reader then streams rows with those (possibly corrected) settings.
 */
public final class CsvTableReader implements TableReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A record longer than this (characters) is refused: a file with an unclosed quote must not exhaust memory. */
    static final int MAX_RECORD_CHARS = 4_000_000;
    private static final int SAMPLE_BYTES = 256 * 1024;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern GROUPED_POINT = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private final Problems problems;
    private final ReadSettings settings;
    private final LimitedReader limited;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerRow;
    private final TrailingFootnotes footnotes = new TrailingFootnotes();
    private final CountingInputStream counting;
    private boolean failed;

    private CsvTableReader(InputStream in, ReadSettings settings, Problems problems) throws IOException {
        this.problems = problems;
        this.settings = settings;
        this.counting = new CountingInputStream(in);
        InputStream body = skipBom(new BufferedInputStream(counting, 1 << 16));
        this.limited = new LimitedReader(new InputStreamReader(body, decoder(settings.charset())));
        this.parser = format(settings.delimiter()).parse(limited);
        this.records = parser.iterator();
        List<String> h = List.of();
        long hr = 0;
        for (int i = 0; i <= settings.headerIndex() && hasNextSafely(); i++) {
            CSVRecord r = nextSafely();
            if (r == null) {
                break;
            }
            h = cells(r);
            hr = parser.getCurrentLineNumber();
        }
        this.header = h;
        this.headerRow = hr;
        if (h.isEmpty() && !failed) {
            problems.error(1, "-", null, "Die Datei ist leer: Kopfzeile fehlt.");
        }
    }

    /** Opens {@code file} with {@code settings}; problems (unreadable, empty) go to {@code problems}. */
    public static CsvTableReader open(Path file, ReadSettings settings, Problems problems) throws IOException {
        return new CsvTableReader(Files.newInputStream(file), settings, problems);
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).get();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static InputStream skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        in.reset();
        in.skipNBytes(bomLength(b));
        return in;
    }

    /** Length of the byte order mark at the start of {@code b} (UTF-8: 3, UTF-16: 2), else 0. */
    static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
                || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    /**
     * UTF-16 as Excel writes "Unicode-Text" (with byte order mark), or without one when every other
     * byte of the sample is zero (Latin text); else null.
     */
    static Charset utf16(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int pairs = head.length / 2;
        if (pairs < 8) {
            return null;
        }
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            zeroEven += head[i] == 0 ? 1 : 0;
            zeroOdd += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.9 && zeroEven == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.9 && zeroOdd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private boolean hasNextSafely() {
        if (failed) {
            return false;
        }
        try {
            limited.resetCount();
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            fail(e);
            return false;
        }
    }

    private CSVRecord nextSafely() {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException | java.util.NoSuchElementException e) {
            fail(e);
            return null;
        }
    }

    private void fail(RuntimeException e) {
        failed = true;
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String why = cause instanceof CharacterCodingException
                ? "Zeichen passen nicht zur Kodierung " + settings.charset().name() + " (andere Kodierung wählen)"
                : cause instanceof RecordTooLongException ? "ein Feld ist länger als "
                        + MAX_RECORD_CHARS / 1_000_000 + " Mio. Zeichen (fehlendes Anführungszeichen?)"
                : germanParserMessage(cause.getMessage());
        problems.error(parser.getCurrentLineNumber() + 1, "-", null, "Die Datei ist kein lesbares CSV: " + why + ".");
    }

    /** Commons CSV's English reasons, as a planner can act on them. */
    static String germanParserMessage(String message) {
        String m = message == null ? "" : message;
        if (m.contains("between encapsulated token and delimiter")) {
            return "nach einem Feld in Anführungszeichen folgt weiterer Text vor dem Trennzeichen "
                    + "(Anführungszeichen innerhalb eines Feldes müssen verdoppelt werden: \"\")";
        }
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen (Datei abgeschnitten?)";
        }
        return "der Aufbau der Datei ist fehlerhaft (Trennzeichen oder Anführungszeichen prüfen)";
    }

    private static List<String> cells(CSVRecord r) {
        List<String> out = new ArrayList<>(r.size());
        for (String s : r) {
            out.add(s == null ? "" : de.netzatlas.common.SpreadsheetText.restore(s));
        }
        return out;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerRow() {
        return headerRow;
    }

    @Override
    public SourceRow next() {
        SourceRow released = footnotes.poll();
        if (released != null) {
            return released;
        }
        while (hasNextSafely()) {
            CSVRecord r = nextSafely();
            if (r == null) {
                break;
            }
            SourceRow row = shaped(new SourceRow(parser.getCurrentLineNumber(), cells(r), null));
            SourceRow out = footnotes.offer(row, row.defect() == null && looksLikeFootnote(row));
            if (out != null) {
                return out;
            }
        }
        footnotes.end();
        return null;
    }

    /** The row with what its shape tells (too many cells; a lone number that is no footnote). */
    private SourceRow shaped(SourceRow row) {
        String wide = RowShape.tooWide(row.cells(), header.size(), " (Trennzeichen „" + settings.delimiter()
                + "“ in einem Text ohne Anführungszeichen?)");
        if (wide != null) {
            return new SourceRow(row.row(), row.cells(), null, wide);
        }
        if (RowShape.lonely(row.cells(), header.size()) && !RowShape.footnoteText(RowShape.lone(row.cells()))) {
            return new SourceRow(row.row(), row.cells(), null, RowShape.cutOff(header.size()));
        }
        return row;
    }

    private boolean looksLikeFootnote(SourceRow row) {
        return RowShape.lonely(row.cells(), header.size());
    }

    @Override
    public long position() {
        return counting.count;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException | UncheckedIOException e) {
            // closing a read-only file cannot lose data
        }
    }

    /** Guesses encoding, delimiter, decimal separator and header line of a CSV file. */
    public static ReadSettings detect(Path file) throws IOException {
        Charset charset = detectCharset(file);
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        int start = bomLength(sample);
        String text = new String(sample, start, sample.length - start, charset);
        if (sample.length == SAMPLE_BYTES) {
            int cut = text.lastIndexOf('\n');
            text = cut > 0 ? text.substring(0, cut + 1) : text;
        }
        return detect(text, charset);
    }

    static ReadSettings detect(String text, Charset charset) {
        char best = ';';
        int bestScore = -1;
        List<List<String>> bestRecords = List.of();
        int bestWidth = 1;
        for (char d : DELIMITERS) {
            List<List<String>> recs = sampleRecords(text, d);
            Map<Integer, Integer> widths = new HashMap<>();
            for (List<String> r : recs) {
                widths.merge(r.size(), 1, Integer::sum);
            }
            int width = 1;
            int count = 0;
            for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
                if (e.getKey() > 1 && (e.getValue() > count || e.getValue() == count && e.getKey() > width)) {
                    width = e.getKey();
                    count = e.getValue();
                }
            }
            if (count > bestScore) {
                bestScore = count;
                best = d;
                bestRecords = recs;
                bestWidth = width;
            }
        }
        int headerIndex = 0;
        for (int i = 0; i < bestRecords.size(); i++) {
            List<String> r = bestRecords.get(i);
            long named = r.stream().filter(s -> !s.isBlank() && !s.matches("[-\\d.,\\s]+")).count();
            if (r.size() == bestWidth && named >= Math.max(1, bestWidth - 1)) {
                headerIndex = i;
                break;
            }
        }
        int comma = 0;
        int point = 0;
        for (int i = headerIndex + 1; i < bestRecords.size(); i++) {
            for (String s : bestRecords.get(i)) {
                if (DECIMAL_COMMA.matcher(s).matches()) {
                    comma++;
                } else if (DECIMAL_POINT.matcher(s).matches() && !GROUPED_POINT.matcher(s).matches()) {
                    point++;
                }
            }
        }
        boolean decimalComma = comma == point ? best == ';' : comma > point;
        return new ReadSettings(Format.CSV, charset, best, decimalComma, headerIndex, null, ReadSettings.DEFAULT_MISSING);
    }

    private static List<List<String>> sampleRecords(String text, char delimiter) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = format(delimiter).parse(new StringReader(text))) {
            for (CSVRecord r : p) {
                out.add(cells(r));
                if (out.size() >= 300) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a truncated sample (open quote at the cut): judge by what was read
        }
        return out;
    }

    /** UTF-16 (Excel "Unicode-Text"), else UTF-8 if the whole file decodes as UTF-8 (with or without BOM), else Windows-1252. */
    static Charset detectCharset(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Charset wide = utf16(in.readNBytes(SAMPLE_BYTES));
            if (wide != null) {
                return wide;
            }
        }
        CharsetDecoder utf8 = decoder(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer bb = ByteBuffer.allocate(buf.length + 8);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(buf.length + 8);
            int n;
            while ((n = in.read(buf)) > 0) {
                bb.put(buf, 0, n).flip();
                out.clear();
                var result = utf8.decode(bb, out, false);
                if (result.isError()) {
                    return WINDOWS_1252;
                }
                bb.compact();
            }
            bb.flip();
            out.clear();
            if (utf8.decode(bb, out, true).isError() || bb.hasRemaining()) {
                return WINDOWS_1252;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static boolean isText(byte[] head) {
        if (utf16(head) != null) {
            return true;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 9 || c > 13 && c < 32) {
                control++;
            }
        }
        return control <= head.length / 50;
    }

    private static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Refuses records longer than {@link #MAX_RECORD_CHARS}. */
    private static final class LimitedReader extends FilterReader {
        private long count;

        LimitedReader(Reader in) {
            super(in);
        }

        void resetCount() {
            count = 0;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (n > 0) {
                count += n;
                if (count > MAX_RECORD_CHARS + 2L * len) {
                    throw new RecordTooLongException();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++count > MAX_RECORD_CHARS * 2L) {
                throw new RecordTooLongException();
            }
            return c;
        }
    }
}
