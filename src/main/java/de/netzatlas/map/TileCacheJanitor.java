package de.netzatlas.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the tile caches under {@code <db dir>/tiles} bounded. Built-in basemap folders of older
 * data or style versions are never read again and are removed; when all caches together exceed
 * the size limit, the least recently written tiles go first until the total is below 90 % of the
 * limit. The folder of the basemap being shown is kept whole, so a prefetched field area does not
 * silently disappear while it is in use: the caller names the folders to protect.
 */
public final class TileCacheJanitor {

    /** Default limit for all tile caches together: 2 GiB. */
    public static final long DEFAULT_LIMIT_BYTES = 2L * 1024 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(TileCacheJanitor.class.getName());

    /** What a clean-up did. */
    public record Result(int obsoleteFolders, int deletedTiles, long bytesBefore, long bytesAfter) {
    }

    private final Path root;
    private final long limitBytes;

    public TileCacheJanitor(Path root, long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("Cache-Grenze muss positiv sein: " + limitBytes);
        }
        this.root = root;
        this.limitBytes = limitBytes;
    }

    /**
     * @param currentBuiltinIds ids of the built-in basemap's caches in use; other {@code builtin-*} folders are obsolete
     * @param protectedIds      source ids whose folders are never trimmed (e.g. the online source shown)
     */
    public Result clean(List<String> currentBuiltinIds, List<String> protectedIds) {
        if (!Files.isDirectory(root)) {
            return new Result(0, 0, 0, 0);
        }
        int obsolete = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith("builtin-") && !currentBuiltinIds.contains(name)) {
                    deleteTree(folder);
                    obsolete++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Tile> tiles = tiles();
        long before = tiles.stream().mapToLong(Tile::size).sum();
        long total = before;
        int deleted = 0;
        if (total > limitBytes) {
            long target = limitBytes / 10 * 9;
            List<Tile> candidates = new ArrayList<>(tiles.stream()
                    .filter(t -> !isProtected(t.file(), protectedIds)).toList());
            candidates.sort(Comparator.comparing(Tile::written).thenComparing(t -> t.file().toString()));
            for (Tile t : candidates) {
                if (total <= target) {
                    break;
                }
                try {
                    Files.deleteIfExists(t.file());
                    total -= t.size();
                    deleted++;
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Kachel nicht gelöscht: " + t.file(), e);
                }
            }
        }
        if (obsolete > 0 || deleted > 0) {
            LOG.log(System.Logger.Level.INFO, "Kachel-Cache aufgeräumt: {0} alte Ordner, {1} Kacheln gelöscht, {2} → {3} MB",
                    obsolete, deleted, before / 1_048_576, total / 1_048_576);
        }
        return new Result(obsolete, deleted, before, total);
    }

    /** Bytes of all cached tiles under the root. */
    public long size() {
        return tiles().stream().mapToLong(Tile::size).sum();
    }

    private boolean isProtected(Path file, List<String> protectedIds) {
        return protectedIds.contains(root.relativize(file).getName(0).toString());
    }

    private record Tile(Path file, long size, FileTime written) {
    }

    private List<Tile> tiles() {
        List<Tile> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && (name.endsWith(".png") || name.endsWith(".tile"))) {
                        out.add(new Tile(file, attrs.size(), attrs.lastModifiedTime()));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
