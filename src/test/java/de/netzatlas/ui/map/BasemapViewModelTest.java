package de.netzatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

import com.sun.net.httpserver.HttpServer;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.map.BasemapService;
import de.netzatlas.map.OnlineTileSource;
import de.netzatlas.ui.common.BackgroundExecutor;

/** The "Karte" menu's view models without a toolkit (direct executor), against 127.0.0.1 only. */
class BasemapViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;
    static HttpServer server;
    static String template;
    final Messages messages = new Messages(Locale.GERMAN);

    @BeforeAll
    static void open() throws IOException {
        services = AppServices.open(dir.resolve("vm.mv.db"));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(256, 256,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        byte[] bytes = png.toByteArray();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        template = "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    @AfterAll
    static void close() {
        server.stop(0);
        services.close();
    }

    @Test
    void aBrokenMbtilesFileIsReportedAndTheOsmBasemapIsAttributed() throws IOException {
        BasemapViewModel vm = new BasemapViewModel(services.basemaps(), messages, BackgroundExecutor.direct());
        vm.openMbtiles(Files.writeString(dir.resolve("leer.mbtiles"), ""));
        assertTrue(vm.errorProperty().get().contains("leer.mbtiles"), vm.errorProperty().get());
        assertEquals(0, vm.revisionProperty().get(), "nothing changed");

        assertNotNull(vm.labelOverlayProperty().get(), "the built-in basemap draws its names above the data");
        vm.useOnline(OnlineTileSource.OSM_TEMPLATE);
        assertEquals(BasemapService.Kind.ONLINE, vm.kindProperty().get());
        assertNull(vm.labelOverlayProperty().get(), "online tiles carry their own names");
        assertTrue(vm.attributionProperty().get().startsWith("© OpenStreetMap-Mitwirkende"));
        assertEquals("Grundkarte: online (tile.openstreetmap.org), ohne Netz eingebaut", vm.statusProperty().get());
        assertEquals(1, vm.revisionProperty().get(), "the map reloads its tiles");
        vm.useBuiltin();
        assertEquals(BasemapService.Kind.BUILTIN, vm.kindProperty().get());
        assertNotNull(vm.labelOverlayProperty().get(), "prepared again after switching back");
        assertEquals(messages.get("map.attribution"), vm.attributionProperty().get());
    }

    @Test
    void prefetchShowsTheEstimateFirstThenDownloadsWithProgress() {
        OnlineTileSource own = new OnlineTileSource(template, services.basemaps().onlineSource().client(),
                dir.resolve("tiles"));
        PrefetchViewModel vm = new PrefetchViewModel(own, new Envelope(11.6, 11.66, 52.1, 52.14), 11, messages,
                BackgroundExecutor.direct());
        vm.estimate();
        long tiles = vm.planProperty().get().tiles();
        assertTrue(vm.estimateProperty().get().startsWith(tiles + " Kacheln, davon 0 schon gespeichert"),
                vm.estimateProperty().get());
        assertTrue(vm.canStartProperty().get());
        vm.start();
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("Fertig: " + tiles + " heruntergeladen, 0 schon vorhanden, 0 fehlgeschlagen.",
                vm.statusProperty().get());
        assertTrue(vm.estimateProperty().get().contains("herunterzuladen: 0"), vm.estimateProperty().get());
    }

    @Test
    void prefetchOfTheWholeLandFromOsmIsRefusedWithTheReason() {
        PrefetchViewModel vm = new PrefetchViewModel(
                new OnlineTileSource(OnlineTileSource.OSM_TEMPLATE, services.basemaps().onlineSource().client(),
                        dir.resolve("tiles")),
                new Envelope(10.56, 13.19, 50.93, 53.05), 9, messages, BackgroundExecutor.direct());
        vm.estimate();
        assertTrue(!vm.canStartProperty().get());
        assertTrue(vm.statusProperty().get().contains("höchstens 250 Kacheln"), vm.statusProperty().get());
        vm.start();
        assertEquals(0.0, vm.progressProperty().get(), "nothing was started");
    }
}
