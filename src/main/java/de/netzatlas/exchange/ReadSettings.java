package de.netzatlas.exchange;

import java.nio.charset.Charset;
import java.util.Set;

/**
 * How a file is parsed, as detected and shown in the preview; the user may correct any of it.
 * CSV: encoding, delimiter, decimal comma, the line index of the header (title lines above it are
 * skipped; 0-based), missing-value markers. XLSX: sheet (null: first) and header row (0-based).
 * Trailing footnote lines (GENESIS) are dropped automatically when reading CSV and XLSX.
 */
public record ReadSettings(Format format, Charset charset, char delimiter, boolean decimalComma, int headerIndex,
                           String sheet, Set<String> missingMarkers) {

    /** {@code -}, {@code .}, {@code x}, {@code …}, {@code /} and the empty cell mean "no value". */
    public static final Set<String> DEFAULT_MISSING = Set.of("", "-", ".", "x", "X", "…", "...", "/");

    public ReadSettings {
        missingMarkers = missingMarkers == null ? DEFAULT_MISSING : Set.copyOf(missingMarkers);
    }

    public ReadSettings withCharset(Charset c) {
        return new ReadSettings(format, c, delimiter, decimalComma, headerIndex, sheet, missingMarkers);
    }

    public ReadSettings withDelimiter(char d) {
        return new ReadSettings(format, charset, d, decimalComma, headerIndex, sheet, missingMarkers);
    }

    public ReadSettings withDecimalComma(boolean comma) {
        return new ReadSettings(format, charset, delimiter, comma, headerIndex, sheet, missingMarkers);
    }

    public ReadSettings withHeaderIndex(int index) {
        return new ReadSettings(format, charset, delimiter, decimalComma, index, sheet, missingMarkers);
    }

    public ReadSettings withSheet(String name) {
        return new ReadSettings(format, charset, delimiter, decimalComma, headerIndex, name, missingMarkers);
    }

    public ReadSettings withMissingMarkers(Set<String> markers) {
        return new ReadSettings(format, charset, delimiter, decimalComma, headerIndex, sheet, markers);
    }

    public boolean isMissing(String cell) {
        return cell == null || missingMarkers.contains(cell.trim());
    }

    /** "Semikolon", "Komma", "Tabulator" … for the preview. */
    public String delimiterLabel() {
        return switch (delimiter) {
            case ';' -> "Semikolon";
            case ',' -> "Komma";
            case '\t' -> "Tabulator";
            case '|' -> "senkrechter Strich";
            default -> "„" + delimiter + "“";
        };
    }
}
