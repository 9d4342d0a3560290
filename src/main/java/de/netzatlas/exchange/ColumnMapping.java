package de.netzatlas.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which source column feeds which target field (field key → source column name). Suggested by
 * name: the field key, its label or one of its German/English synonyms, compared without case,
 * umlauts, spaces and punctuation; then by containment. The user corrects it in the preview and
 * may save it as a named profile.
 */
public record ColumnMapping(Map<String, String> fieldToColumn) {

    public ColumnMapping {
        fieldToColumn = Collections.unmodifiableMap(new LinkedHashMap<>(fieldToColumn));
    }

    public Optional<String> column(String fieldKey) {
        return Optional.ofNullable(fieldToColumn.get(fieldKey));
    }

    public ColumnMapping with(String fieldKey, String column) {
        Map<String, String> m = new LinkedHashMap<>(fieldToColumn);
        if (column == null || column.isEmpty()) {
            m.remove(fieldKey);
        } else {
            m.put(fieldKey, column);
        }
        return new ColumnMapping(m);
    }

    /** Suggests a mapping of {@code fields} onto the {@code header} columns (each column used once). */
    public static ColumnMapping suggest(List<String> header, List<TargetField> fields) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> free = new ArrayList<>(header);
        for (int pass = 0; pass < 2; pass++) {
            for (TargetField f : fields) {
                if (m.containsKey(f.key()) || f.type() == TargetField.FieldType.GEOMETRY) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                names.add(f.key());
                names.add(f.label());
                names.addAll(f.synonyms());
                String hit = null;
                for (String column : free) {
                    String c = normalize(column);
                    if (c.isEmpty()) {
                        continue;
                    }
                    for (String name : names) {
                        String n = normalize(name);
                        if (pass == 0 ? c.equals(n) : n.length() >= 4 && c.length() >= 4 && (c.contains(n) || n.contains(c))) {
                            hit = column;
                            break;
                        }
                    }
                    if (hit != null) {
                        break;
                    }
                }
                if (hit != null) {
                    m.put(f.key(), hit);
                    free.remove(hit);
                }
            }
        }
        return new ColumnMapping(m);
    }

    /** Lower case, umlauts spelled out, only letters and digits: "Haushalte (gesamt)" → "haushaltegesamt". */
    static String normalize(String s) {
        String t = s.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replace("≥", "");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^a-z0-9]", "");
    }
}
