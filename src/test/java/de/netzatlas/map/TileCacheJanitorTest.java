package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileCacheJanitorTest {

    @TempDir
    Path root;

    private Path tile(String source, int y, int bytes, long minutesAgo) throws IOException {
        Path file = root.resolve(source).resolve("10").resolve("545").resolve(y + (source.startsWith("online") ? ".tile" : ".png"));
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - minutesAgo * 60_000));
        return file;
    }

    @Test
    void removesFoldersOfOlderBuiltinVersionsButKeepsTheCurrentOne() throws IOException {
        Path old = tile("builtin-abc-s3", 1, 100, 0);
        Path current = tile("builtin-def-s4", 1, 100, 0);
        Path online = tile("online-123456", 1, 100, 0);
        TileCacheJanitor.Result r = new TileCacheJanitor(root, 1_000_000)
                .clean(List.of("builtin-def-s4", "builtin-def-s4-ohne-namen"), List.of());
        assertEquals(1, r.obsoleteFolders());
        assertFalse(Files.exists(old.getParent().getParent().getParent()));
        assertTrue(Files.exists(current));
        assertTrue(Files.exists(online));
        assertEquals(0, r.deletedTiles());
    }

    @Test
    void overTheLimitTheOldestTilesGoFirstUntilBelowNinetyPercent() throws IOException {
        Path oldest = tile("online-aaaaaa", 1, 400, 30);
        Path older = tile("online-aaaaaa", 2, 400, 20);
        Path newer = tile("online-aaaaaa", 3, 400, 10);
        Path newest = tile("builtin-x-s1", 4, 400, 5);
        TileCacheJanitor janitor = new TileCacheJanitor(root, 1_000);
        TileCacheJanitor.Result r = janitor.clean(List.of("builtin-x-s1"), List.of());
        assertEquals(1_600, r.bytesBefore());
        assertEquals(800, r.bytesAfter());
        assertEquals(2, r.deletedTiles());
        assertFalse(Files.exists(oldest));
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(newer));
        assertTrue(Files.exists(newest));
        assertEquals(800, janitor.size());
    }

    @Test
    void theShownOnlineSourceIsNeverTrimmed() throws IOException {
        Path prefetched = tile("online-bbbbbb", 1, 600, 60);
        Path other = tile("online-cccccc", 2, 600, 1);
        Path builtin = tile("builtin-x-s1", 3, 600, 30);
        TileCacheJanitor.Result r = new TileCacheJanitor(root, 1_500)
                .clean(List.of("builtin-x-s1"), List.of("online-bbbbbb"));
        assertTrue(Files.exists(prefetched), "protected although oldest");
        assertFalse(Files.exists(builtin), "the built-in basemap can be rendered again");
        assertTrue(Files.exists(other));
        assertEquals(1_200, r.bytesAfter());
    }

    @Test
    void aMissingCacheFolderIsNothingToDo() {
        TileCacheJanitor.Result r = new TileCacheJanitor(root.resolve("none"), 10).clean(List.of("builtin-x"), List.of());
        assertEquals(new TileCacheJanitor.Result(0, 0, 0, 0), r);
    }
}
