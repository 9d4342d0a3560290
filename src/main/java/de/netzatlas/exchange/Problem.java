package de.netzatlas.exchange;

/**
 * One finding of an import: file, row (file line for CSV, sheet row for XLSX, feature number for
 * GeoJSON; 0 for the file as a whole), source column, the offending value, a German message.
 */
public record Problem(String file, long row, String column, String value, String message, Severity severity) {

    public static Problem error(String file, long row, String column, String value, String message) {
        return new Problem(file, row, column == null || column.isEmpty() ? "-" : column, value, message, Severity.ERROR);
    }

    public static Problem warning(String file, long row, String column, String value, String message) {
        return new Problem(file, row, column == null || column.isEmpty() ? "-" : column, value, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:row:column: message}, as the command line prints it. */
    @Override
    public String toString() {
        return file + ":" + row + ":" + column + ": " + message;
    }
}
