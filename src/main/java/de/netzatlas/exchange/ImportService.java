package de.netzatlas.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import de.netzatlas.exchange.ImportTarget.Outcome;
import de.netzatlas.exchange.ImportTarget.TargetWriter;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;

/**
 * Runs imports: opens the file with detected or corrected settings, maps columns, validates every
 * row into a problem report and writes in ONE transaction under ONE change set – all rows or none
 * (default), or explicitly only the valid rows. Cancel (checked every few hundred rows) and any
 * failure roll the transaction back, so the database is as before. {@link #undo} reverts an import
 * as a whole from its audit entries. Thread-safe for one import at a time per instance.
 */
public final class ImportService {

    /** Progress of a running import: rows so far, bytes read so far, file size. */
    @FunctionalInterface
    public interface Progress {
        void update(long rows, long bytes, long totalBytes);
    }

    private static final int PREVIEW_ROWS = 20;
    private static final int CHECK_EVERY = 256;

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;
    private final Map<String, ImportTarget<?>> targets = new LinkedHashMap<>();
    private final ImportRunLog runs;

    public ImportService(Database db, AuditLog audit, Clock clock, Supplier<String> user, List<ImportTarget<?>> targets) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.runs = new ImportRunLog(db, audit);
        targets.forEach(t -> this.targets.put(t.id(), t));
    }

    public List<ImportTarget<?>> targets() {
        return List.copyOf(targets.values());
    }

    public Optional<ImportTarget<?>> target(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    /** Detects how to read {@code file} (format by extension, then CSV encoding/delimiter/header or XLSX header row). */
    public ReadSettings detect(Path file, String sheet, Problems problems) {
        Format format = Format.ofFileName(file.getFileName().toString()).orElse(Format.CSV);
        try {
            return switch (format) {
                case CSV -> CsvTableReader.detect(file);
                case XLSX -> XlsxTableReader.detect(file, sheet, problems);
                case GEOJSON -> new ReadSettings(Format.GEOJSON, null, ',', false, 0, null, ReadSettings.DEFAULT_MISSING);
            };
        } catch (IOException | RuntimeException e) {
            problems.error(0, "-", null, "Die Datei kann nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
            return new ReadSettings(format, java.nio.charset.StandardCharsets.UTF_8, ';', true, 0, sheet,
                    ReadSettings.DEFAULT_MISSING);
        }
    }

    /** The first rows as parsed with {@code settings} (null: detected) and the suggested mapping. */
    public ImportPreview preview(Path file, String targetId, ReadSettings settings) {
        Problems problems = new Problems(file.getFileName().toString());
        ImportTarget<?> target = requireTarget(targetId);
        ReadSettings s = settings != null ? settings : detect(file, null, problems);
        List<SourceRow> rows = new ArrayList<>();
        List<String> header = List.of();
        if (!problems.hasErrors()) {
            try (TableReader reader = open(file, s, problems)) {
                if (reader != null) {
                    header = reader.header();
                    SourceRow r;
                    while (rows.size() < PREVIEW_ROWS && (r = reader.next()) != null) {
                        rows.add(r);
                    }
                }
            }
        }
        return new ImportPreview(s, header, rows, ColumnMapping.suggest(header, target.fields()), problems.list());
    }

    private ImportTarget<?> requireTarget(String id) {
        ImportTarget<?> t = targets.get(id);
        if (t == null) {
            throw new IllegalArgumentException("Unbekanntes Importziel „" + id + "“; möglich: "
                    + String.join(", ", targets.keySet()) + ".");
        }
        return t;
    }

    /** Opens the reader for the format of {@code settings}; null (problem reported) if the file is unusable. */
    TableReader open(Path file, ReadSettings settings, Problems problems) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            problems.error(0, "-", null, "Die Datei kann nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
            return null;
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        switch (settings.format()) {
            case CSV -> {
                if (zip) {
                    problems.error(0, "-", null, "Die Datei ist eine gepackte Datei (z. B. eine Excel-Arbeitsmappe), "
                            + "kein CSV: bitte mit der Endung .xlsx importieren.");
                    return null;
                }
                if (!CsvTableReader.isText(head)) {
                    problems.error(0, "-", null, "Die Datei ist keine Textdatei (Binärdaten) und damit kein CSV.");
                    return null;
                }
                try {
                    return CsvTableReader.open(file, settings, problems);
                } catch (IOException | RuntimeException e) {
                    problems.error(0, "-", null, "Die Datei ist kein lesbares CSV (" + e.getClass().getSimpleName() + ").");
                    return null;
                }
            }
            case XLSX -> {
                if (!zip) {
                    problems.error(0, "-", null, XlsxTableReader.notAWorkbook(file, head));
                    return null;
                }
                return XlsxTableReader.open(file, settings, problems);
            }
            default -> {
                return GeoJsonTableReader.open(file, problems);
            }
        }
    }

    /** Runs an import (see class comment); never throws for bad input – everything is in the result. */
    public ImportResult run(ImportRequest request, Progress progress, BooleanSupplier cancelled) {
        ImportTarget<?> target = requireTarget(request.target());
        return runTyped(target, request, progress == null ? (a, b, c) -> { } : progress,
                cancelled == null ? () -> false : cancelled);
    }

    private <T> ImportResult runTyped(ImportTarget<T> target, ImportRequest request, Progress progress,
                                      BooleanSupplier cancelled) {
        String fileName = request.file().getFileName().toString();
        Problems problems = new Problems(fileName);
        ReadSettings settings = request.settings() != null ? request.settings()
                : detect(request.file(), null, problems);
        if (problems.hasErrors()) {
            return result(problems, 0, new long[4], false, false, null);
        }
        long total;
        try {
            total = Files.size(request.file());
        } catch (IOException e) {
            total = 0;
        }
        try (TableReader reader = open(request.file(), settings, problems)) {
            if (reader == null || problems.hasErrors()) {
                return result(problems, 0, new long[4], false, false, null);
            }
            Binding binding = bind(target, reader, request.mapping(), problems);
            if (problems.hasErrors()) {
                return result(problems, 0, new long[4], false, false, null);
            }
            ImportTarget.RowValidator<T> validator = target.validator();
            Map<String, TargetField> fields = new HashMap<>();
            target.fields().forEach(f -> fields.put(f.key(), f));
            long fileSize = total;
            if (request.dryRun()) {
                long[] counts = new long[4];
                long rows = 0;
                SourceRow src;
                while ((src = reader.next()) != null) {
                    if (blank(src)) {
                        continue;
                    }
                    rows++;
                    validator.validate(new MappedRow(src, binding.index, fields, binding.columns, settings, problems));
                    if (rows % CHECK_EVERY == 0) {
                        if (cancelled.getAsBoolean()) {
                            return result(problems, rows, counts, false, true, null);
                        }
                        progress.update(rows, reader.position(), fileSize);
                    }
                }
                return result(problems, rows, counts, false, false, null);
            }
            ChangeSet cs = ChangeSet.start(user.get(), clock, target.label() + " importiert aus " + fileName);
            long[] counts = new long[4];
            long[] rows = new long[1];
            try {
                db.inImportTransaction("Import " + fileName + " (" + target.label() + ")", fileSize, tx -> {
                    TargetWriter<T> writer = target.writer(tx, cs, request.existing(), problems);
                    // rows are read and validated on a second thread while this one writes
                    try (ValidatedRows<T> validated = new ValidatedRows<>(reader, row -> validator.validate(
                            new MappedRow(row, binding.index, fields, binding.columns, settings, problems)),
                            ImportService::blank, record -> request.validOnly() || !problems.hasErrors(),
                            CHECK_EVERY)) {
                        ValidatedRows.Batch<T> batch;
                        do {
                            batch = validated.next();
                            rows[0] = batch.rowsRead();
                            for (ValidatedRows.Item<T> item : batch.items()) {
                                Outcome o = writer.write(item.record(), item.row());
                                counts[o.ordinal()]++;
                            }
                            if (cancelled.getAsBoolean()) {
                                throw new Cancelled();
                            }
                            progress.update(rows[0], batch.position(), fileSize);
                        } while (!batch.last());
                    }
                    if (problems.hasErrors() && !request.validOnly()) {
                        throw new Rollback();
                    }
                    if (rows[0] == 0) {
                        problems.error(reader.headerRow() + 1, "-", null, "Die Datei enthält keine Datenzeilen.");
                        throw new Rollback();
                    }
                    writer.finish();
                    if (cancelled.getAsBoolean()) {
                        throw new Cancelled();
                    }
                    if (counts[Outcome.INSERTED.ordinal()] + counts[Outcome.UPDATED.ordinal()] > 0) {
                        runs.recordRun(tx, cs, target.id(), fileName, rows[0], counts[0], counts[1], counts[2], counts[3]);
                    }
                });
            } catch (RuntimeException e) {
                Throwable cause = unwrap(e);
                if (cause instanceof Cancelled) {
                    return result(problems, rows[0], new long[4], false, true, null);
                }
                if (!(cause instanceof Rollback)) {
                    problems.error(0, "-", null, "Schreiben fehlgeschlagen, nichts wurde geändert: "
                            + de.netzatlas.store.StoreMessages.german(cause));
                }
                return result(problems, rows[0], new long[4], false, false, null);
            }
            progress.update(rows[0], fileSize, fileSize);
            boolean wrote = counts[Outcome.INSERTED.ordinal()] + counts[Outcome.UPDATED.ordinal()] > 0;
            if (wrote) {
                target.afterCommit();
            }
            return result(problems, rows[0], counts, wrote, false, wrote ? cs.id() : null);
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof Cancelled) && !(t instanceof Rollback)) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean blank(SourceRow row) {
        for (String c : row.cells()) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return row.geometry() == null;
    }

    private record Binding(Map<String, Integer> index, Map<String, String> columns) {
    }

    private Binding bind(ImportTarget<?> target, TableReader reader, ColumnMapping requested, Problems problems) {
        List<String> header = reader.header();
        ColumnMapping mapping = requested != null ? requested : ColumnMapping.suggest(header, target.fields());
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> columns = new HashMap<>();
        Problems missing = new Problems(problems.file());
        for (TargetField f : target.fields()) {
            if (f.type() == TargetField.FieldType.GEOMETRY) {
                continue;
            }
            Optional<String> column = mapping.column(f.key());
            if (column.isPresent()) {
                int i = header.indexOf(column.get());
                if (i < 0) {
                    missing.error(reader.headerRow(), column.get(), null, "Spalte „" + column.get()
                            + "“ (für " + f.label() + ") fehlt in der Kopfzeile.");
                } else {
                    index.put(f.key(), i);
                    columns.put(f.key(), column.get());
                }
            } else if (f.required()) {
                missing.error(reader.headerRow(), f.key(), null, "Pflichtspalte „" + f.key() + "“ (" + f.label()
                        + ") fehlt oder ist nicht zugeordnet.");
            }
        }
        long named = header.stream().filter(c -> !c.isBlank()).count();
        if (missing.hasErrors() && named > 0 && (index.isEmpty() || named == 1)) {
            // Nothing of the line taken as header names a field, or it has a single cell: a title line.
            String line = String.join(" ", header.stream().filter(c -> !c.isBlank()).toList());
            problems.error(reader.headerRow(), "-", null, "Keine Kopfzeile gefunden: Zeile " + reader.headerRow() + " („"
                    + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "“) enthält keine bekannte "
                    + "Spaltenüberschrift für " + target.label() + ". Die Zeile mit den Überschriften im Import-Assistenten "
                    + "wählen oder mit --header-row N angeben.");
        } else {
            missing.list().forEach(problems::add);
        }
        return new Binding(index, columns);
    }

    private static ImportResult result(Problems p, long rows, long[] counts, boolean written, boolean cancelled, UUID cs) {
        return new ImportResult(p.list(), p.errorCount(), p.warningCount(), rows, counts[0], counts[1], counts[2],
                counts[3], written, cancelled, cs);
    }

    /** The most recent imports that wrote something, newest first, with their undo state. */
    public List<ImportRun> recentImports(int limit) {
        return runs.recent(limit);
    }

    /** The import with this change set, if it is in the list of imports. */
    public Optional<ImportRun> importRun(UUID changeSet) {
        return runs.find(changeSet);
    }

    /**
     * Undoes an import as a whole: its audit entries are reverted newest first, by the target that
     * wrote them, in one transaction under a new change set "Rückgängig: …", which also marks the
     * import as undone in the list of imports. Returns its description.
     *
     * @throws IllegalArgumentException if there is no such change set
     * @throws IllegalStateException if the import has already been undone
     */
    public String undo(UUID changeSet) {
        List<AuditEntry> entries = new ArrayList<>(audit.changeSet(db, changeSet));
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("Änderung " + changeSet + " gibt es nicht.");
        }
        Optional<ImportRun> run = runs.find(changeSet);
        if (run.isPresent() && run.get().undone()) {
            throw new IllegalStateException("Der Import " + changeSet + " („" + run.get().file()
                    + "“) ist bereits rückgängig gemacht.");
        }
        Optional<AuditEntry> runEntry = runs.entry(changeSet);
        java.util.Collections.reverse(entries);
        String description = entries.get(0).description();
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Rückgängig: " + description);
        List<ImportTarget<?>> touched = new ArrayList<>();
        java.util.Set<String> handled = new java.util.HashSet<>();
        db.inTransaction(tx -> {
            for (ImportTarget<?> t : targets.values()) {
                List<AuditEntry> mine = entries.stream().filter(e -> t.auditTables().contains(e.table())
                        && !handled.contains(e.table())).toList();
                handled.addAll(t.auditTables());
                if (!mine.isEmpty()) {
                    t.undo(tx, cs, mine);
                    touched.add(t);
                }
            }
            runEntry.ifPresent(e -> runs.recordUndo(tx, cs, e));
        });
        touched.forEach(ImportTarget::afterCommit);
        return cs.description();
    }

    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("abgebrochen", null, false, false);
        }
    }

    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rollback() {
            super("Fehler – nichts geschrieben", null, false, false);
        }
    }
}
