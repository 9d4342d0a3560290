package de.netzatlas.asset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a register CSV ({@link GermanCsv} conventions) with commons-csv and hands each data line to
 * the caller as a {@link Row} with typed, checked accessors. Every problem is collected as
 * {@code file:row:field: message}; row numbers are file lines (the header is line 1 unless {@code #}
 * comment lines precede it). Unknown, duplicate and missing required columns are reported against
 * the header and stop the reading. Not thread-safe: one reader per file.
 */
public final class GermanCsvReader {

    private static final Pattern INTEGER = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)");
    private static final Pattern GERMAN_DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String file;
    private final List<String> columns;
    private final Set<String> required;
    private final List<ImportError> errors = new ArrayList<>();
    private long rows;

    /** {@code columns}: every known column name (lower case); {@code required}: those that must be present. */
    public GermanCsvReader(String file, List<String> columns, Set<String> required) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.required = Set.copyOf(required);
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }

    /** Data lines read. */
    public long rows() {
        return rows;
    }

    public String file() {
        return file;
    }

    /** Adds an error not tied to one cell's syntax (e.g. a duplicate across rows). */
    public void error(long line, String field, String message) {
        errors.add(new ImportError(file, line, field, message));
    }

    /** Reads the file; {@code handler} is called for every data line. Returns the errors. */
    public List<ImportError> read(byte[] bytes, Consumer<Row> handler) {
        String text = GermanCsv.decode(bytes);
        try (CSVParser parser = GermanCsv.READ.parse(new StringReader(text))) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                error(1, "-", "Die Datei ist leer: Kopfzeile fehlt.");
                return errors();
            }
            CSVRecord header = it.next();
            long headerLine = parser.getCurrentLineNumber();
            Map<String, Integer> index = header(header, headerLine);
            if (!errors.isEmpty()) {
                return errors();
            }
            while (it.hasNext()) {
                CSVRecord r = it.next();
                rows++;
                handler.accept(new Row(r, parser.getCurrentLineNumber(), index));
            }
            if (rows == 0) {
                error(headerLine + 1, "-", "Die Datei enthält keine Datenzeilen.");
            }
        } catch (IOException | UncheckedIOException e) {
            error(rows + 2, "-", "Die Datei ist kein lesbares CSV: " + e.getMessage());
        }
        return errors();
    }

    private Map<String, Integer> header(CSVRecord header, long line) {
        Map<String, Integer> index = new HashMap<>();
        if (header.size() == 1 && (header.get(0).contains(",") || header.get(0).contains("\t"))) {
            error(line, "-", "Trennzeichen muss das Semikolon (;) sein, wie Excel es in deutscher Einstellung schreibt.");
            return index;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                error(line, name.isEmpty() ? "-" : name, "Unbekannte Spalte „" + header.get(i) + "“.");
            } else if (index.putIfAbsent(name, i) != null) {
                error(line, name, "Spalte „" + name + "“ kommt doppelt vor.");
            }
        }
        for (String c : columns) {
            if (required.contains(c) && !index.containsKey(c)) {
                error(line, c, "Pflichtspalte „" + c + "“ fehlt in der Kopfzeile.");
            }
        }
        return index;
    }

    /** One data line with typed accessors; each bad value is recorded once and read as null. */
    public final class Row {
        private final CSVRecord record;
        private final long line;
        private final Map<String, Integer> index;
        private boolean ok = true;

        Row(CSVRecord record, long line, Map<String, Integer> index) {
            this.record = record;
            this.line = line;
            this.index = index;
        }

        public long line() {
            return line;
        }

        /** No error was recorded for this row so far. */
        public boolean ok() {
            return ok;
        }

        public boolean has(String column) {
            return index.containsKey(column);
        }

        public void error(String field, String message) {
            errors.add(new ImportError(file, line, field, message));
            ok = false;
        }

        /** The trimmed text, "" when empty or the column is absent; "Pflichtwert fehlt." if required. */
        public String text(String column) {
            Integer i = index.get(column);
            String value = i == null || i >= record.size() ? "" : record.get(i).trim();
            if (value.isEmpty() && required.contains(column)) {
                error(column, "Pflichtwert fehlt.");
            }
            return value;
        }

        /** Null when empty or not usable. */
        public String textOrNull(String column) {
            String v = text(column);
            return v.isEmpty() ? null : v;
        }

        public Integer integer(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            if (!INTEGER.matcher(v).matches()) {
                error(column, "„" + v + "“ ist keine ganze Zahl.");
                return null;
            }
            long n = Long.parseLong(v.replace(".", ""));
            if (n < 0) {
                error(column, "Wert darf nicht negativ sein.");
                return null;
            }
            if (n > Integer.MAX_VALUE) {
                error(column, "Wert " + v + " ist zu groß.");
                return null;
            }
            return (int) n;
        }

        /** A German decimal ("1.234,56"); a plain "52.13" is accepted too. */
        public BigDecimal decimal(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            String normal;
            if (GERMAN_DECIMAL.matcher(v).matches()) {
                normal = v.replace(".", "").replace(',', '.');
            } else if (PLAIN_DECIMAL.matcher(v).matches()) {
                normal = v;
            } else {
                error(column, "„" + v + "“ ist keine Zahl.");
                return null;
            }
            BigDecimal d = new BigDecimal(normal);
            if (d.signum() < 0) {
                error(column, "Wert darf nicht negativ sein.");
                return null;
            }
            return d;
        }

        /** A coordinate in degrees with decimal comma or point ("52,1315" or "52.1315"). */
        public Double coordinate(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                if (v.chars().filter(ch -> ch == ',' || ch == '.').count() > 1) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                error(column, "„" + v + "“ ist keine Koordinate in Grad (z. B. 52,13153).");
                return null;
            }
        }

        /** TT.MM.JJJJ (or ISO JJJJ-MM-TT). */
        public LocalDate date(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return v.contains(".") ? LocalDate.parse(v, GermanCsv.DATE) : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                error(column, "„" + v + "“ ist kein Datum (TT.MM.JJJJ).");
                return null;
            }
        }

        /** ja/nein (also j/n, x/leer, true/false, 1/0); empty is {@code fallback}. */
        public boolean bool(String column, boolean fallback) {
            String v = text(column).toLowerCase(Locale.GERMAN);
            return switch (v) {
                case "" -> fallback;
                case "ja", "j", "x", "true", "wahr", "1" -> true;
                case "nein", "n", "false", "falsch", "0", "-" -> false;
                default -> {
                    error(column, "„" + v + "“ ist weder ja noch nein.");
                    yield fallback;
                }
            };
        }

        /** One of {@code type}'s constants by name or by German label (case-insensitive). */
        public <E extends Enum<E>> E choice(String column, Class<E> type, java.util.function.Function<E, String> label) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v) || label.apply(e).equalsIgnoreCase(v)) {
                    return e;
                }
            }
            StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(label.apply(e));
            }
            error(column, "„" + v + "“ ist kein zulässiger Wert (erlaubt: " + allowed + ").");
            return null;
        }
    }
}
