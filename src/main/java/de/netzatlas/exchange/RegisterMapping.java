package de.netzatlas.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocatedAsset;

/**
 * The only per-register part of the register exchange (decision note 0015): how one register's
 * records look as table rows – its fields (keys = the register's CSV columns, so existing files stay
 * valid), its natural key, reading a row into a record and a record back into row values. Everything
 * else (location, Gemeinde, duplicate keys, validation, matching, audit, undo, export geometry) is
 * shared by {@link AssetImportTarget} and {@link AssetExportSource}.
 *
 * @param <A> the register's record
 */
interface RegisterMapping<A extends LocatedAsset<?>> {

    /** Field keys every register shares (see {@code LocationRules}). */
    String LAT = "lat";
    String LON = "lon";
    String GEMEINDE = "gemeinde_ags";
    String POINT = "geometry";

    /** The CLI name of the target and export source ({@code schools}, {@code sites}, {@code mobile}). */
    String id();

    /** German label for menus and messages. */
    String label();

    /** The fields in export column order, including {@code lat}, {@code lon}, {@code gemeinde_ags} and the point ({@link #POINT}). */
    List<TargetField> fields();

    /** The field holding the natural key. */
    String keyField();

    /** The natural key of a stored record (null: it has none). */
    String key(A stored);

    /** The order of an export (default: the natural key). */
    default String sortKey(A stored) {
        String key = key(stored);
        return key == null ? "" : key;
    }

    /** The natural key written in {@code row} (trimmed; null when empty), reporting a malformed key on the row. */
    String key(MappedRow row);

    /** The form in which keys are compared (e.g. ignoring case). */
    default String normalize(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The record of {@code row}; null when a value is unreadable (reported on the row). {@code previous}
     * is the stored record with the same natural key (its id, status history, demo flag and version
     * carry over); {@code location} and {@code gemeindeAgs} are read by the caller (either may be null).
     */
    A read(MappedRow row, String key, Optional<A> previous, GeoPoint location, String gemeindeAgs);

    /** The values of {@code a} in the order of the non-geometry {@link #fields()} (export). */
    List<Object> values(A a);

    /** One of {@code type}'s constants by German label or constant name (case-insensitive); null and an error if none. */
    static <E extends Enum<E>> E choice(MappedRow row, String key, Class<E> type, Function<E, String> label) {
        String t = row.text(key);
        if (t == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || label.apply(e).equalsIgnoreCase(t)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(label.apply(e));
        }
        row.error(key, t, "„" + t + "“ ist kein zulässiger Wert (erlaubt: " + allowed + ").");
        return null;
    }

    /** A value read by a register's own parser (e.g. operator aliases); null and an error if it cannot. */
    static <E> E parsed(MappedRow row, String key, Function<String, Optional<E>> parser, String allowed) {
        String t = row.text(key);
        if (t == null) {
            return null;
        }
        Optional<E> v = parser.apply(t);
        if (v.isEmpty()) {
            row.error(key, t, "„" + t + "“ ist kein zulässiger Wert (erlaubt: " + allowed + ").");
            return null;
        }
        return v.get();
    }

    /** A non-negative decimal (amounts, radii); null and an error if unreadable or negative. */
    static BigDecimal nonNegative(MappedRow row, String key) {
        BigDecimal v = row.decimal(key);
        if (v != null && v.signum() < 0) {
            row.error(key, v.toPlainString(), "Wert darf nicht negativ sein.");
            return null;
        }
        return v;
    }

}
