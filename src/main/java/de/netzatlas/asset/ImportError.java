package de.netzatlas.asset;

/** One problem in an import file, reported as {@code file:row:field: message} (German). */
public record ImportError(String file, long row, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + row + ":" + field + ": " + message;
    }
}
