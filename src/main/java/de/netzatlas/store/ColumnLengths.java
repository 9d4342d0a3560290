package de.netzatlas.store;

import java.util.Locale;
import java.util.Map;

import org.jooq.Field;
import org.jooq.Record;

/**
 * The length of every text column, checked before a record is written: a form, an import or a
 * future sync that hands a repository a longer text gets a German message naming the field instead
 * of the engine's "value too long" error. The limits come from the generated jOOQ classes, so they
 * are the schema's own and never drift from the migrations.
 */
public final class ColumnLengths {

    /** A text longer than its column; a validation error (nothing is written), not a database problem. */
    public static final class TooLongException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String column;

        TooLongException(String column, String message) {
            super(message);
            this.column = column;
        }

        /** The column, lower case (as the CSV and form field keys). */
        public String column() {
            return column;
        }
    }

    private ColumnLengths() {
    }

    /** Checks every text value of {@code r}; {@code labels} maps column names (any case) to German labels. */
    public static void check(Record r, Map<String, String> labels) {
        for (Field<?> f : r.fields()) {
            if (r.get(f) instanceof String s) {
                check(f, labels.getOrDefault(f.getName().toLowerCase(Locale.ROOT), f.getName().toLowerCase(Locale.ROOT)), s);
            }
        }
    }

    /** Checks one value against its column. */
    public static void check(Field<?> f, String label, String value) {
        int max = f.getDataType().length();
        if (value != null && max > 0 && value.length() > max) {
            throw new TooLongException(f.getName().toLowerCase(Locale.ROOT), "„" + label + "“ ist " + value.length()
                    + " Zeichen lang; erlaubt sind höchstens " + max + " Zeichen.");
        }
    }
}
