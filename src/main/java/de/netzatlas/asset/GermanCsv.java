package de.netzatlas.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV conventions of the registers' own CSV output ({@code list --format csv}, {@code export}), as
 * Excel reads them on a German Windows machine: {@code ;} separator, decimal comma, dates
 * {@code TT.MM.JJJJ}, UTF-8 with BOM (so Excel shows umlauts). Reading is the exchange framework's
 * ({@code de.netzatlas.exchange}, targets {@code schools}, {@code sites}, {@code mobile}).
 */
public final class GermanCsv {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GermanCsv() {
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
