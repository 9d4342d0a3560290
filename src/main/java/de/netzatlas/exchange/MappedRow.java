package de.netzatlas.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One source row seen through the column mapping: typed access to target fields by key. Missing
 * values (the markers of {@link ReadSettings}) read as null; unreadable values and missing required
 * values are reported as problems (file, row, source column, value, German message) and make the row invalid.
 */
public final class MappedRow {

    private final SourceRow source;
    private final Map<String, Integer> index;
    private final Map<String, TargetField> fields;
    private final Map<String, String> columnNames;
    private final ReadSettings settings;
    private final Problems problems;
    private boolean ok = true;

    MappedRow(SourceRow source, Map<String, Integer> index, Map<String, TargetField> fields,
              Map<String, String> columnNames, ReadSettings settings, Problems problems) {
        this.source = source;
        this.index = index;
        this.fields = fields;
        this.columnNames = columnNames;
        this.settings = settings;
        this.problems = problems;
        if (source.defect() != null) {
            ok = false;
            problems.error(source.row(), "-", null, source.defect());
        }
    }

    public long row() {
        return source.row();
    }

    public boolean ok() {
        return ok;
    }

    public boolean isMapped(String key) {
        return index.containsKey(key);
    }

    private String raw(String key) {
        Integer i = index.get(key);
        return i == null ? null : source.cell(i);
    }

    /** The cell text of {@code key}, or null when unmapped or a missing-value marker. */
    public String text(String key) {
        String raw = raw(key);
        if (raw == null || settings.isMissing(raw)) {
            TargetField f = fields.get(key);
            if (f != null && f.required()) {
                error(key, raw, "Pflichtwert fehlt.");
            }
            return null;
        }
        String t = raw.trim();
        TargetField f = fields.get(key);
        if (f != null && f.maxLength() > 0 && t.length() > f.maxLength()) {
            error(key, t.length() > 40 ? t.substring(0, 40) + "…" : t, "Der Text ist " + t.length() + " Zeichen lang; „" + f.label()
                    + "“ fasst höchstens " + f.maxLength() + " Zeichen.");
        }
        return t;
    }

    public Integer integer(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        if (t.length() <= 9 && allDigits(t)) {
            return Integer.parseInt(t);
        }
        Long v = Values.integer(t, settings.decimalComma());
        if (v == null) {
            error(key, t, Values.decimal(t, settings.decimalComma()) != null ? "„" + t + "“ ist keine ganze Zahl."
                    : "„" + t + "“ ist keine Zahl.");
            return null;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            error(key, t, "Wert " + t + " ist zu groß.");
            return null;
        }
        return v.intValue();
    }

    /** A whole number ≥ 0. */
    public Integer count(String key) {
        Integer v = integer(key);
        if (v != null && v < 0) {
            error(key, String.valueOf(v), "Wert darf nicht negativ sein.");
            return null;
        }
        return v;
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !t.isEmpty();
    }

    public BigDecimal decimal(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        BigDecimal v = Values.decimal(t, settings.decimalComma());
        if (v == null) {
            error(key, t, "„" + t + "“ ist keine Zahl.");
        }
        return v;
    }

    public LocalDate date(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        LocalDate d = Values.date(t);
        if (d == null) {
            error(key, t, de.netzatlas.common.GermanDates.problem(t));
        }
        return d;
    }

    public Boolean bool(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        Boolean b = Values.bool(t);
        if (b == null) {
            error(key, t, "„" + t + "“ ist weder ja noch nein.");
        }
        return b;
    }

    public Geometry geometry() {
        return source.geometry();
    }

    /** Reports an error on the source column of {@code key}; the row becomes invalid. */
    public void error(String key, String value, String message) {
        ok = false;
        problems.error(source.row(), column(key), value, message);
    }

    public void warning(String key, String value, String message) {
        problems.warning(source.row(), column(key), value, message);
    }

    private String column(String key) {
        return columnNames.getOrDefault(key, key);
    }
}
