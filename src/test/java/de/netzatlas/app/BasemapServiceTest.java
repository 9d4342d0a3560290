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
}
