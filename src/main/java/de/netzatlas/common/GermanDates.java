package de.netzatlas.common;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Messages about dates that every reader of user input (files, forms, command line) shares. */
public final class GermanDates {

    /** How dates are written for the planner: {@code 31.12.2024}, read strictly (no 31.02.). */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DATE_SHAPED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2}.*");

    private GermanDates() {
    }

    /**
     * Why {@code text} is not a date: a date-shaped text naming a day that does not exist (31.02.2024,
     * 29.02.2023, 00.01.2024) is called so, never moved to a real day; anything else is not a date.
     */
    public static String problem(String text) {
        String t = text.strip();
        if (dateShaped(t)) {
            return "„" + t + "“ ist kein gültiges Datum: diesen Tag gibt es nicht.";
        }
        return "„" + t + "“ ist kein Datum (TT.MM.JJJJ).";
    }

    /** Whether {@code text} is written like a date (31.02.2024, 2024-02-31), whether or not the day exists. */
    public static boolean dateShaped(String text) {
        return DATE_SHAPED.matcher(text.strip()).matches();
    }
}
