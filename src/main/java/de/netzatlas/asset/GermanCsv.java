package de.netzatlas.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV conventions of the registers, as Excel reads and writes them on a German Windows machine:
 * {@code ;} separator, decimal comma, dates {@code TT.MM.JJJJ}, UTF-8 (a BOM when writing, so Excel
 * shows umlauts) or Windows-1252 when reading. Reading is {@link GermanCsvReader}; this holds the
 * formats and the value formatting for export.
 */
public final class GermanCsv {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final CSVFormat READ = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private GermanCsv() {
    }

    /** UTF-8 with or without BOM; bytes that are not valid UTF-8 mean Windows-1252 ("ANSI"). */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** A printer writing a BOM, the header and CRLF line ends with {@code ;} as separator. */
    public static CSVPrinter printer(Writer out, String... header) {
        try {
            out.write('\uFEFF');
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(header).get()
                    .print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    /** A coordinate with five decimals (about 1 m) and a decimal comma. */
    public static String coordinate(double v) {
        return decimal(v, 5);
    }

    public static String decimal(double v, int maxFractionDigits) {
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        f.setMaximumFractionDigits(maxFractionDigits);
        return f.format(v);
    }

    /** Money or other exact decimals with a decimal comma and no grouping ("1234,50"). */
    public static String decimal(BigDecimal v) {
        return v == null ? "" : v.toPlainString().replace('.', ',');
    }

    public static String integer(Integer v) {
        return v == null ? "" : v.toString();
    }

    public static String bool(boolean v) {
        return v ? "ja" : "nein";
    }
}
