package de.netzatlas.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Table;

/**
 * The list a register chapter ends with: what is still open at the cut-off (schools not connected,
 * sites not migrated) as a table a cabinet paper can carry — one row per item with its Kreis, its
 * status on the cut-off day, the planned date and whether that date has passed ("überfällig").
 * Sorted by Kreis, then planned date (none last), then name, so each Kreis reads as a timetable.
 */
final class OpenItemsTable {

    static final String OVERDUE = "überfällig";
    static final String YES = "ja";

    /** One open item; {@code where} is the second column (Gemeinde or Behörde/Dienststelle). */
    record Item(String name, String where, String kreis, String status, LocalDate planned) {
    }

    /**
     * The wording of one list: sheet name, column titles, the noun in singular and plural, the open
     * state as a predicate ("noch nicht angeschlossen") and the done state ("angeschlossen").
     */
    record Wording(String sheet, String nameColumn, String whereColumn, String plannedColumn, String singular,
                   String plural, String openPhrase, String doneWord) {
    }

    /** German alphabetical order ("Börde" before "Burgenlandkreis"); a new collator per use (not thread-safe). */
    private static Comparator<Item> order() {
        Collator german = Collator.getInstance(Locale.GERMANY);
        return Comparator.comparing(Item::kreis, german)
                .thenComparing(Item::planned, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::name, german).thenComparing(Item::where, german)
                .thenComparing(Item::name).thenComparing(Item::where);
    }

    private OpenItemsTable() {
    }

    /** Overdue: a planned date that lies before the cut-off (no planned date is never overdue). */
    static boolean overdue(LocalDate planned, LocalDate cutOff) {
        return planned != null && planned.isBefore(cutOff);
    }

    static Table table(Wording w, List<Item> items, LocalDate cutOff) {
        List<Item> sorted = items.stream().sorted(order()).toList();
        long late = sorted.stream().filter(i -> overdue(i.planned(), cutOff)).count();
        List<List<String>> rows = sorted.stream().map(i -> List.of(i.name(), i.where(), i.kreis(), i.status(),
                Fmt.date(i.planned()), overdue(i.planned(), cutOff) ? YES : "")).toList();
        return new Table(w.sheet(), caption(w, sorted.size(), late, cutOff),
                List.of(Column.left(w.nameColumn()), Column.left(w.whereColumn()), Column.left("Kreis"),
                        Column.left("Status"), Column.right(w.plannedColumn()), Column.left(OVERDUE)),
                rows, List.of(), true);
    }

    /** "Tabelle: 86 Schulen noch nicht angeschlossen, davon 22 überfällig (Stichtag 31.12.2025)". */
    static String caption(Wording w, long open, long late, LocalDate cutOff) {
        String stichtag = " (Stichtag " + Fmt.date(cutOff) + ")";
        if (open == 0) {
            return "Tabelle: alle " + w.plural() + " " + w.doneWord() + stichtag;
        }
        return "Tabelle: " + Fmt.count(open) + " " + (open == 1 ? w.singular() : w.plural()) + " " + w.openPhrase()
                + ", davon " + Fmt.count(late) + " " + OVERDUE + stichtag;
    }
}
