package de.netzatlas.report;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * German alphabetical order of names in the report ("Börde" before "Burgenlandkreis", "Saalekreis"
 * before "Salzlandkreis"): {@link Collator} rules for German, ties broken by the plain string order
 * so that the order is total and reproducible.
 */
public final class GermanOrder {

    /** Names in German order. The collator behind it is never reconfigured, and its compare is synchronized. */
    public static final Comparator<String> NAMES = new Comparator<>() {
        private final Collator collator = Collator.getInstance(Locale.GERMAN);

        @Override
        public int compare(String a, String b) {
            int c = collator.compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        }
    };

    private GermanOrder() {
    }

    /** Objects ordered by a name in German order (null names last). */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, Comparator.nullsLast(NAMES));
    }
}
