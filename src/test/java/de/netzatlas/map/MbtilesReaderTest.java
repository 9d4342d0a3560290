package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbtilesReaderTest {

    static final int RED = 0xCC0000;
    static final int BLUE = 0x0000CC;

    @TempDir
    Path dir;

    @Test
    void readsTilesInXyzNumberingByFlippingTheTmsRow() throws Exception {
        // zoom 2 has rows 0..3; TMS row 3 is XYZ row 0 (north), TMS row 0 is XYZ row 3 (south)
        Path file = TestTiles.mbtiles(dir.resolve("karte.mbtiles"), "-180,-85,180,85", 2, 2,
                new int[] {2, 1, 3, RED}, new int[] {2, 1, 0, BLUE});
        try (MbtilesReader reader = MbtilesReader.open(file)) {
            assertEquals("Testkarte", reader.title());
            assertEquals(2, reader.minZoom());
            MbtilesTileSource source = new MbtilesTileSource(reader);
            assertEquals(RED, source.tile(2, 1, 0).getRGB(10, 10) & 0xFFFFFF, "XYZ row 0 = TMS row 3");
            assertEquals(BLUE, source.tile(2, 1, 3).getRGB(10, 10) & 0xFFFFFF, "XYZ row 3 = TMS row 0");
            assertNull(source.tile(2, 2, 0), "missing tile");
            assertEquals(512, source.tile(2, 1, 0, 2).getWidth(), "scaled for HiDPI");
        }
    }

    @Test
    void outsideItsBoundsOrZoomRangeTheBuiltInBasemapIsShown() throws Exception {
        // a file covering only Magdeburg at zoom 10 (tile 545/337, TMS row 1023 - 337 = 686)
        Path file = TestTiles.mbtiles(dir.resolve("magdeburg.mbtiles"), "11.5,52.0,11.8,52.2", 10, 10,
                new int[] {10, 545, 686, RED});
        BuiltinBasemap builtin = BundledBasemap.create("test");
        try (MbtilesReader reader = MbtilesReader.open(file)) {
            FallbackTileSource source = new FallbackTileSource(new MbtilesTileSource(reader), builtin);
            assertEquals(RED, source.tile(10, 545, 337).getRGB(100, 100) & 0xFFFFFF);
            BufferedImage outsideZoom = source.tile(9, 272, 168);
            assertEquals(builtin.tile(9, 272, 168).getRGB(5, 5), outsideZoom.getRGB(5, 5), "zoom 9: built-in");
            BufferedImage outsideBounds = source.tile(10, 540, 337);
            assertEquals(builtin.tile(10, 540, 337).getRGB(5, 5), outsideBounds.getRGB(5, 5), "west: built-in");
        }
    }

    @Test
    void aTextFileIsRefusedWithAGermanMessageNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("notizen.mbtiles"), "keine Karte");
        MbtilesException e = assertThrows(MbtilesException.class, () -> MbtilesReader.open(file));
        assertTrue(e.getMessage().contains("„notizen.mbtiles“") && e.getMessage().contains("keine MBTiles-Datei"),
                e.getMessage());
    }

    @Test
    void anSqliteFileWithoutTilesTableIsRefused() throws Exception {
        Path file = dir.resolve("andere.sqlite");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("create table kunden (id integer)");
        }
        MbtilesException e = assertThrows(MbtilesException.class, () -> MbtilesReader.open(file));
        assertTrue(e.getMessage().contains("Tabelle „tiles“ fehlt"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefusedAndAMissingFileNamed() throws Exception {
        Path good = TestTiles.mbtiles(dir.resolve("gut.mbtiles"), "-180,-85,180,85", 0, 2, new int[] {0, 0, 0, RED});
        byte[] bytes = Files.readAllBytes(good);
        Path broken = Files.write(dir.resolve("kaputt.mbtiles"), java.util.Arrays.copyOf(bytes, 200));
        MbtilesException e = assertThrows(MbtilesException.class, () -> MbtilesReader.open(broken));
        assertTrue(e.getMessage().contains("kaputt.mbtiles"), e.getMessage());
        MbtilesException missing = assertThrows(MbtilesException.class,
                () -> MbtilesReader.open(dir.resolve("fehlt.mbtiles")));
        assertTrue(missing.getMessage().contains("gibt es nicht"), missing.getMessage());
        try (MbtilesReader reader = MbtilesReader.open(good)) {
            assertNotNull(reader.tile(0, 0, 0));
        }
    }

    @Test
    void vectorTilesAreRefused() throws Exception {
        Path file = TestTiles.mbtiles(dir.resolve("vektor.mbtiles"), "-180,-85,180,85", 0, 2);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("update metadata set value = 'pbf' where name = 'format'");
        }
        MbtilesException e = assertThrows(MbtilesException.class, () -> MbtilesReader.open(file));
        assertTrue(e.getMessage().contains("pbf"), e.getMessage());
    }
}
