package de.netzatlas.exchange;

import java.util.List;

/**
 * What the preview shows before anything is validated: the detected (or corrected) settings, the
 * header, the first rows as parsed, the suggested mapping, and problems found while opening.
 */
public record ImportPreview(ReadSettings settings, List<String> header, List<SourceRow> rows, ColumnMapping mapping,
                            List<Problem> problems) {
}
