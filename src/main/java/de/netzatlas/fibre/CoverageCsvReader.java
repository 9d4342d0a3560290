package de.netzatlas.fibre;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and fully validates a coverage CSV (German Excel conventions: {@code ;}, decimal comma,
 * UTF-8 with/without BOM or Windows-1252) before anything is written. Every problem is collected
 * as {@code file:row:field: message}; row numbers are file lines (the header is row 1 unless {@code #} comment lines precede it).
 */
final class CoverageCsvReader {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(,0*)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,0*)?");
    private static final Pattern FRACTION = Pattern.compile("-?[\\d.]+,\\d+");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
    private static final CoverageColumn[] CLASSES = {CoverageColumn.HH_30, CoverageColumn.HH_50,
            CoverageColumn.HH_100, CoverageColumn.HH_200, CoverageColumn.HH_400, CoverageColumn.HH_1000};

    /** Rows grouped by stand date (sorted), the errors, and the number of data rows read. */
    record Parsed(Map<LocalDate, List<GemeindeCoverage>> byStand, List<ImportError> errors, long rows) {
    }

    private final String file;
    private final LocalDate defaultStand;
    private final Predicate<String> knownGemeinde;
    private final List<ImportError> errors = new ArrayList<>();
    private long headerLine = 1;

    CoverageCsvReader(String file, LocalDate defaultStand, Predicate<String> knownGemeinde) {
        this.file = file;
        this.defaultStand = defaultStand;
        this.knownGemeinde = knownGemeinde;
    }

    Parsed read(byte[] bytes) {
        String text = CsvText.decode(bytes).text();
        Map<LocalDate, List<GemeindeCoverage>> byStand = new TreeMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        long rows = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                errors.add(new ImportError(file, 1, "-", "Die Datei ist leer: Kopfzeile fehlt."));
                return new Parsed(Map.of(), errors, 0);
            }
            CSVRecord headerRecord = it.next();
            headerLine = parser.getCurrentLineNumber();
            Map<CoverageColumn, Integer> columns = header(headerRecord);
            if (!errors.isEmpty()) {
                return new Parsed(Map.of(), errors, 0);
            }
            while (it.hasNext()) {
                CSVRecord r = it.next();
                rows++;
                long line = parser.getCurrentLineNumber();
                Row row = new Row(r, line, columns);
                GemeindeCoverage c = row.coverage();
                LocalDate stand = row.stand();
                if (c == null || stand == null) {
                    continue;
                }
                String key = stand + "/" + c.ags();
                Long earlier = firstRow.putIfAbsent(key, line);
                if (earlier != null) {
                    errors.add(new ImportError(file, line, "ags", "Doppelte Zeile für Gemeinde " + c.ags()
                            + " (Stand " + stand.format(CoverageStand.GERMAN_DATE) + "), zuerst in Zeile " + earlier + "."));
                    continue;
                }
                byStand.computeIfAbsent(stand, d -> new ArrayList<>()).add(c);
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new ImportError(file, rows + 2, "-", "Die Datei ist kein lesbares CSV: " + e.getMessage()));
        }
        if (rows == 0 && errors.isEmpty()) {
            errors.add(new ImportError(file, headerLine + 1, "-", "Die Datei enthält keine Datenzeilen."));
        }
        return new Parsed(byStand, errors, rows);
    }

    private Map<CoverageColumn, Integer> header(CSVRecord header) {
        Map<CoverageColumn, Integer> columns = new EnumMap<>(CoverageColumn.class);
        if (header.size() == 1 && (header.get(0).contains(",") || header.get(0).contains("\t"))) {
            errors.add(new ImportError(file, headerLine, "-", "Trennzeichen muss das Semikolon (;) sein, wie Excel es "
                    + "in deutscher Einstellung schreibt."));
            return columns;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int index = i;
            CoverageColumn.byHeader(name).ifPresentOrElse(c -> {
                if (columns.putIfAbsent(c, index) != null) {
                    errors.add(new ImportError(file, headerLine, c.header, "Spalte „" + c.header + "“ kommt doppelt vor."));
                }
            }, () -> errors.add(new ImportError(file, headerLine, name.isEmpty() ? "-" : name,
                    "Unbekannte Spalte „" + name + "“.")));
        }
        for (CoverageColumn c : CoverageColumn.values()) {
            if (c.required && !columns.containsKey(c)) {
                errors.add(new ImportError(file, headerLine, c.header, "Pflichtspalte „" + c.header + "“ fehlt in der Kopfzeile."));
            }
        }
        if (defaultStand == null && !columns.containsKey(CoverageColumn.STAND)) {
            errors.add(new ImportError(file, headerLine, "stand", "Stand fehlt: Spalte „stand“ oder Option --stand angeben."));
        }
        return columns;
    }

    /** One data line: reads values, records errors, yields the coverage or null if unusable. */
    private final class Row {
        private final CSVRecord record;
        private final long line;
        private final Map<CoverageColumn, Integer> columns;
        private boolean ok = true;

        Row(CSVRecord record, long line, Map<CoverageColumn, Integer> columns) {
            this.record = record;
            this.line = line;
            this.columns = columns;
        }

        private String raw(CoverageColumn c) {
            Integer i = columns.get(c);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        private void error(CoverageColumn c, String message) {
            errors.add(new ImportError(file, line, c.header, message));
            ok = false;
        }

        LocalDate stand() {
            String text = raw(CoverageColumn.STAND);
            if (text.isEmpty()) {
                return defaultStand;
            }
            try {
                return text.contains(".") ? LocalDate.parse(text, CoverageStand.GERMAN_DATE) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(CoverageColumn.STAND, de.netzatlas.common.GermanDates.problem(text));
                return null;
            }
        }

        private Integer number(CoverageColumn c) {
            String text = raw(c);
            if (text.isEmpty()) {
                if (c.required) {
                    error(c, "Pflichtwert fehlt.");
                }
                return null;
            }
            if (!PLAIN.matcher(text).matches() && !GROUPED.matcher(text).matches()) {
                error(c, FRACTION.matcher(text).matches() ? "„" + text + "“ ist keine ganze Zahl."
                        : "„" + text + "“ ist keine Zahl.");
                return null;
            }
            String digits = text.replace(".", "");
            int comma = digits.indexOf(',');
            long value = Long.parseLong(comma < 0 ? digits : digits.substring(0, comma));
            if (value < 0) {
                error(c, "Wert darf nicht negativ sein.");
                return null;
            }
            if (value > Integer.MAX_VALUE) {
                error(c, "Wert " + text + " ist zu groß.");
                return null;
            }
            return (int) value;
        }

        GemeindeCoverage coverage() {
            String ags = raw(CoverageColumn.AGS);
            if (ags.isEmpty()) {
                error(CoverageColumn.AGS, "Pflichtwert fehlt.");
            } else if (!knownGemeinde.test(ags)) {
                error(CoverageColumn.AGS, "Unbekannter Gemeindeschlüssel „" + ags + "“ (keine Gemeinde in Sachsen-Anhalt).");
            }
            Map<CoverageColumn, Integer> v = new EnumMap<>(CoverageColumn.class);
            for (CoverageColumn c : CoverageColumn.values()) {
                if (c != CoverageColumn.AGS && c != CoverageColumn.NAME && c != CoverageColumn.STAND) {
                    Integer n = number(c);
                    if (n != null) {
                        v.put(c, n);
                    }
                }
            }
            if (!ok) {
                return null;
            }
            checkAgainst(v, CoverageColumn.HAUSHALTE, CoverageColumn.HH_30, CoverageColumn.HH_FTTH,
                    CoverageColumn.HH_FTTB, CoverageColumn.HH_HFC, CoverageColumn.HH_DSL, CoverageColumn.HOMES_CONNECTED);
            for (int i = 1; i < CLASSES.length; i++) {
                checkAgainst(v, CLASSES[i - 1], CLASSES[i]);
            }
            checkAgainst(v, CoverageColumn.HOMES_PASSED, CoverageColumn.HOMES_CONNECTED);
            checkAgainst(v, CoverageColumn.UNTERNEHMEN, CoverageColumn.UNTERNEHMEN_1000);
            checkAgainst(v, CoverageColumn.SCHULEN, CoverageColumn.SCHULEN_1000);
            if (!ok) {
                return null;
            }
            return new GemeindeCoverage(ags, v.get(CoverageColumn.HAUSHALTE), v.get(CoverageColumn.UNTERNEHMEN),
                    v.get(CoverageColumn.UNTERNEHMEN_1000), v.get(CoverageColumn.SCHULEN),
                    v.get(CoverageColumn.SCHULEN_1000), v.get(CoverageColumn.HH_30), v.get(CoverageColumn.HH_50),
                    v.get(CoverageColumn.HH_100), v.get(CoverageColumn.HH_200), v.get(CoverageColumn.HH_400),
                    v.get(CoverageColumn.HH_1000), v.get(CoverageColumn.HH_FTTH), v.get(CoverageColumn.HH_FTTB),
                    v.get(CoverageColumn.HH_HFC), v.get(CoverageColumn.HH_DSL), v.get(CoverageColumn.HOMES_PASSED),
                    v.get(CoverageColumn.HOMES_CONNECTED));
        }

        /** Each of {@code parts} must not exceed {@code whole} (when both are present). */
        private void checkAgainst(Map<CoverageColumn, Integer> v, CoverageColumn whole, CoverageColumn... parts) {
            Integer total = v.get(whole);
            if (total == null) {
                return;
            }
            for (CoverageColumn part : parts) {
                Integer value = v.get(part);
                if (value != null && value > total) {
                    error(part, "Wert " + value + " ist größer als " + whole.header + " (" + total + ").");
                }
            }
        }
    }
}
