package de.netzatlas.exchange;

import java.nio.file.Path;

import de.netzatlas.exchange.ImportTarget.ExistingPolicy;

/**
 * One import as the user set it up: file, target, parse settings and mapping (null: detected /
 * suggested), all-or-nothing or valid-only, overwrite or skip changed records, dry run.
 */
public record ImportRequest(Path file, String target, ReadSettings settings, ColumnMapping mapping,
                            boolean validOnly, ExistingPolicy existing, boolean dryRun) {

    public static ImportRequest of(Path file, String target) {
        return new ImportRequest(file, target, null, null, false, ExistingPolicy.OVERWRITE, false);
    }

    public ImportRequest withSettings(ReadSettings s) {
        return new ImportRequest(file, target, s, mapping, validOnly, existing, dryRun);
    }

    public ImportRequest withMapping(ColumnMapping m) {
        return new ImportRequest(file, target, settings, m, validOnly, existing, dryRun);
    }

    public ImportRequest withValidOnly(boolean v) {
        return new ImportRequest(file, target, settings, mapping, v, existing, dryRun);
    }

    public ImportRequest withExisting(ExistingPolicy p) {
        return new ImportRequest(file, target, settings, mapping, validOnly, p, dryRun);
    }

    public ImportRequest withDryRun(boolean d) {
        return new ImportRequest(file, target, settings, mapping, validOnly, existing, d);
    }
}
