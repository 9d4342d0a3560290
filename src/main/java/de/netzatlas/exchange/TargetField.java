package de.netzatlas.exchange;

import java.util.List;

/**
 * A field an import target accepts: its key (also the column name the export writes), a German
 * label, whether it is required, its type, further names (German and English) that are recognised
 * as this field when suggesting a mapping, and for free text the most characters its database
 * column holds (0: no limit of its own, e.g. a value from a fixed list), so that a dry run already
 * reports what the database would refuse.
 */
public record TargetField(String key, String label, boolean required, FieldType type, List<String> synonyms,
                          int maxLength) {

    public enum FieldType { TEXT, INTEGER, DECIMAL, DATE, BOOLEAN, GEOMETRY }

    public TargetField {
        synonyms = List.copyOf(synonyms);
    }

    public static TargetField of(String key, String label, boolean required, FieldType type, String... synonyms) {
        return new TargetField(key, label, required, type, List.of(synonyms), 0);
    }

    /** The same field holding at most {@code characters} characters. */
    public TargetField max(int characters) {
        return new TargetField(key, label, required, type, synonyms, characters);
    }
}
