package de.netzatlas.asset;

import java.util.List;

/** Outcome of a register import: errors (then nothing was written), data rows read, rows created and updated. */
public record AssetImportResult(List<ImportError> errors, long rows, int created, int updated) {

    public AssetImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
