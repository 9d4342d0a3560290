package de.netzatlas.ui.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.common.GermanDates;
import de.netzatlas.common.GermanNumbers;
import de.netzatlas.common.Messages;

/**
 * Reads what the planner typed into a register form, German style (1.250 pupils, 52,13°, 78.450,00 €,
 * 31.12.2025); what does not read is recorded as an error against its field (the CSV column name), so
 * the form marks exactly that field. One reader per save attempt. No toolkit needed.
 */
public final class FieldReader {

    /** The form's date format (also accepted: ISO dates). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<ValidationIssue> problems = new ArrayList<>();
    private final Messages m;

    /** Problems are worded in the UI language of {@code m}. */
    public FieldReader(Messages m) {
        this.m = m;
    }

    /** The parsing problems found so far. */
    public List<ValidationIssue> problems() {
        return List.copyOf(problems);
    }

    public void problem(String field, String message) {
        problems.add(ValidationIssue.error(field, message));
    }

    /** A whole number, thousands dots allowed; empty is null. */
    public Integer integer(String field, String text) {
        String v = strip(text).replace(".", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problem(field, m.format("field.notInteger", strip(text)));
            return null;
        }
    }

    /** A required decimal number, comma or point. */
    public Double decimal(String field, String text) {
        String v = strip(text);
        if (v.isEmpty()) {
            problem(field, m.get("field.required"));
            return null;
        }
        try {
            return Double.valueOf(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            problem(field, m.format("field.notNumber", v));
            return null;
        }
    }

    /** An optional decimal number: empty is null. */
    public Double optionalDecimal(String field, String text) {
        return strip(text).isEmpty() ? null : decimal(field, text);
    }

    /** A date as TT.MM.JJJJ (or ISO); empty is null. */
    public LocalDate date(String field, String text) {
        String v = strip(text);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains(".") ? LocalDate.parse(v, DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(field, m.format(GermanDates.dateShaped(v) ? "field.noSuchDay" : "field.notDate", v));
            return null;
        }
    }

    /** An amount in euros (78.450,00); empty is null. */
    public BigDecimal money(String field, String text) {
        BigDecimal amount = GermanNumbers.parseMoney(text == null ? "" : text).orElse(null);
        if (amount == null && !strip(text).isEmpty()) {
            problem(field, m.format("field.notAmount", strip(text)));
        }
        return amount;
    }

    /** The text without surrounding blanks; blank is null (optional text columns). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A date as the form shows it; null is empty. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
