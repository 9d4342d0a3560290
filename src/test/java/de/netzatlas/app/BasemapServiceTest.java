package de.netzatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.map.BasemapService;
import de.netzatlas.map.MbtilesException;

/** The basemap choice on a real database: remembered across restarts, broken files change nothing. */
class BasemapServiceTest {

    @TempDir
    Path dir;

    @Test
    void theChosenOnlineBasemapIsRememberedAndTheCacheLivesNextToTheDatabase() {
        Path db = dir.resolve("karte.mv.db");
        try (AppServices services = AppServices.open(db)) {
            assertEquals(dir.resolve("tiles").toAbsolutePath(), services.basemaps().cacheRoot());
            services.basemaps().useOnline("http://127.0.0.1:9/{z}/{x}/{y}.png");
        }
        try (AppServices services = AppServices.open(db)) {
            assertTrue(services.basemaps().activateSaved().isEmpty());
            assertEquals(BasemapService.Kind.ONLINE, services.basemaps().kind());
            assertEquals("http://127.0.0.1:9/{z}/{x}/{y}.png", services.basemaps().onlineTemplate());
        }
    }

    @Test
    void aBrokenMbtilesFileKeepsTheCurrentBasemapAndAVanishedOneFallsBackWithAReason() throws Exception {
        Path db = dir.resolve("karte.mv.db");
        Path bad = Files.writeString(dir.resolve("falsch.mbtiles"), "kein SQLite");
        try (AppServices services = AppServices.open(db)) {
            services.basemaps().useBuiltin();
            MbtilesException e = assertThrows(MbtilesException.class, () -> services.basemaps().useMbtiles(bad));
            assertTrue(e.getMessage().contains("falsch.mbtiles"));
            assertEquals(BasemapService.Kind.BUILTIN, services.basemaps().kind());
            services.settings().put(BasemapService.SETTING_KIND, "MBTILES", "test");
            services.settings().put(BasemapService.SETTING_MBTILES, dir.resolve("weg.mbtiles").toString(), "test");
        }
        try (AppServices services = AppServices.open(db)) {
            String reason = services.basemaps().activateSaved().orElseThrow();
            assertTrue(reason.contains("weg.mbtiles"), reason);
            assertEquals(BasemapService.Kind.BUILTIN, services.basemaps().kind());
        }
    }

    @Test
    void namesGoAboveTheDataOnlyWhileTheBuiltinBasemapIsShownAndItsTilesThenCarryNone() {
        java.util.List<de.netzatlas.map.TileSource> shown = new java.util.ArrayList<>();
        try (AppServices services = AppServices.open(dir.resolve("karte.mv.db"))) {
            BasemapService basemaps = new BasemapService(services.settings(), () -> "test", services::createBasemap,
                    dir.resolve("tiles"), de.netzatlas.map.OnlineTileClient.standard("Netzatlas-Test"), shown::add);
            basemaps.useBuiltin();
            assertTrue(basemaps.labelOverlay().isPresent());
            de.netzatlas.map.TileSource tiles = shown.get(shown.size() - 1);
            assertTrue(tiles.id().endsWith("-ohne-namen"), tiles.id());
            // Magdeburg's label at zoom 9: the labelled tile differs from the unlabelled one there.
            long x = (long) Math.floor(de.netzatlas.map.WebMercator.worldX(11.63) * 512);
            long y = (long) Math.floor(de.netzatlas.map.WebMercator.worldY(52.13) * 512);
            java.awt.image.BufferedImage with = basemaps.builtin().tile(9, x, y, 1);
            java.awt.image.BufferedImage without = tiles.tile(9, x, y, 1);
            int differing = 0;
            for (int py = 0; py < 256; py++) {
                for (int px = 0; px < 256; px++) {
                    differing += with.getRGB(px, py) != without.getRGB(px, py) ? 1 : 0;
                }
            }
            assertTrue(differing > 100, "names only in the labelled tile: " + differing);

            basemaps.useOnline("http://127.0.0.1:9/{z}/{x}/{y}.png");
            assertTrue(basemaps.labelOverlay().isEmpty(), "online tiles carry their own names");
        }
    }
}
