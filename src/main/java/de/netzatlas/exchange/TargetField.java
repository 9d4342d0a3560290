package de.netzatlas.exchange;

import java.util.List;

/**
 * A field an import target accepts: its key (also the column name the export writes), a German
 * label, whether it is required, its type, and further names (German and English) that are
 * recognised as this field when suggesting a mapping.
 */
public record TargetField(String key, String label, boolean required, FieldType type, List<String> synonyms) {

    public enum FieldType { TEXT, INTEGER, DECIMAL, DATE, BOOLEAN, GEOMETRY }

    public TargetField {
        synonyms = List.copyOf(synonyms);
    }

    public static TargetField of(String key, String label, boolean required, FieldType type, String... synonyms) {
        return new TargetField(key, label, required, type, List.of(synonyms));
    }
}
