package de.netzatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Offline compaction of a cleanly closed H2 file (decision 0020). H2 2.5.252's own compaction on
 * close moves chunks inside the live file, and a kill while it did rolled the file back by many
 * commits; the application's URL therefore switches it off ({@code MAX_COMPACT_TIME=0}) and the file
 * grows by the space old versions leave behind. When at least {@link #MIN_BYTES} are on disk and less
 * than {@link #MIN_FILL_PERCENT} of them are live, the live data are copied into a new file beside
 * it, that copy is checked (every table's rows, table scan against every index) and only then renamed
 * onto the database in one step. A kill at any moment leaves the old file or the new one, complete.
 */
final class DatabaseCompaction {

    private static final System.Logger LOG = System.getLogger(DatabaseCompaction.class.getName());

    /** Files smaller than this are never compacted: the copy would cost more than it saves. */
    static final long MIN_BYTES = 16L << 20;
    /** Compacted when less than this share of the file is live data. */
    static final int MIN_FILL_PERCENT = 50;

    /** What a compaction did: sizes before and after. */
    record Result(long bytesBefore, long bytesAfter) {
    }

    private DatabaseCompaction() {
    }

    /** The copy while it is written and checked; a leftover one is removed by {@link #cleanUp}. */
    static Path copyOf(Path file) {
        return file.resolveSibling(file.getFileName().toString().replace(DatabaseLocation.FILE_SUFFIX, "")
                + "-kompakt" + DatabaseLocation.FILE_SUFFIX);
    }

    /** Removes a copy a kill left behind (the database itself was not touched by it). */
    static void cleanUp(Path file) throws IOException {
        Files.deleteIfExists(copyOf(file));
    }

    /**
     * Compacts {@code file} if it is mostly dead space. The file must be closed and must not be opened
     * by anyone while this runs (the caller holds the Netzatlas lock). Never throws for a compaction
     * that fails: the file then stays as it is.
     */
    static Optional<Result> compactIfWasteful(Path file, long minBytes, int minFillPercent) {
        return compactIfWasteful(file, minBytes, minFillPercent, DatabaseKey.none());
    }

    /**
     * As {@link #compactIfWasteful(Path, long, int)}; an encrypted file ({@code key} present) is
     * copied byte for byte and the <em>copy</em> is compacted by H2 itself ({@code SHUTDOWN COMPACT}
     * with the password), since {@code MVStore.compact} cannot write an encrypted copy; checked and
     * renamed the same way, so the live file is never rewritten in place (decision 0025).
     */
    static Optional<Result> compactIfWasteful(Path file, long minBytes, int minFillPercent, DatabaseKey key) {
        long size;
        int fill;
        try (MVStore store = Database.readOnlyStore(file, key)) {
            size = store.getFileStore().size();
            fill = store.getFileStore().getChunksFillRate();
        } catch (MVStoreException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Füllgrad der Datenbank nicht lesbar, keine Verdichtung", e);
            return Optional.empty();
        }
        if (size < minBytes || fill >= minFillPercent) {
            return Optional.empty();
        }
        Path copy = copyOf(file);
        try {
            Files.deleteIfExists(copy);
            if (key.present()) {
                Files.copy(file, copy);
                PrivateFiles.restrict(copy);
                try (Connection c = DatabaseLocation.dataSource("jdbc:h2:file:" + DatabaseLocation.h2Name(copy)
                        + ";IFEXISTS=TRUE;CIPHER=AES", key).getConnection(); java.sql.Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
            } else {
                MVStore.compact(file.toString(), copy.toString(), false, null);
            }
            check(file, copy, key);
            long after = Files.size(copy);
            PrivateFiles.publish(copy, file);
            LOG.log(System.Logger.Level.INFO, "Datenbank verdichtet: {0} → {1} Bytes (vorher {2} % genutzt)", size, after, fill);
            return Optional.of(new Result(size, after));
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Verdichtung der Datenbank abgebrochen, die Datei bleibt unverändert", e);
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                LOG.log(System.Logger.Level.WARNING, "Kopie nicht gelöscht: " + copy, ignored);
            }
            return Optional.empty();
        }
    }

    /** The copy must hold every table with the same rows and agree with itself. */
    private static void check(Path file, Path copy, DatabaseKey key) throws SQLException {
        Map<String, Long> original;
        try (Connection c = DatabaseLocation.readOnly(file, key)) {
            original = DatabaseBackup.tableCounts(c);
        }
        try (Connection c = DatabaseLocation.readOnly(copy, key)) {
            Map<String, Long> copied = DatabaseBackup.tableCounts(c);
            if (!copied.equals(original)) {
                throw new StoreException("Die verdichtete Kopie hat andere Zeilenzahlen: " + copied + " statt " + original);
            }
            Optional<String> problem = DatabaseIntegrity.problem(c);
            if (problem.isPresent()) {
                throw new StoreException("Die verdichtete Kopie widerspricht sich: " + problem.get());
            }
        }
    }
}
