package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

import com.sun.net.httpserver.HttpServer;

/** Only 127.0.0.1 is ever contacted: a local HTTP server, or a port nobody listens on. */
class OnlineTileSourceTest {

    @TempDir
    Path dir;
    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final AtomicLong clock = new AtomicLong();

    OnlineTileClient client() {
        return new OnlineTileClient("Netzatlas-Test/1.0", Duration.ofMillis(500), Duration.ofSeconds(2), clock::get);
    }

    String serve() throws IOException {
        byte[] green = TestTiles.png(new Color(0x00AA00));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tiles/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            boolean missing = exchange.getRequestURI().getPath().startsWith("/tiles/3/");
            exchange.sendResponseHeaders(missing ? 404 : 200, missing ? -1 : green.length);
            if (!missing) {
                exchange.getResponseBody().write(green);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void downloadsWithItsUserAgentAndServesTheSecondRequestFromDisk() throws IOException {
        OnlineTileSource source = new OnlineTileSource(serve(), client(), dir);
        assertEquals(0x00AA00, source.tile(10, 545, 337).getRGB(5, 5) & 0xFFFFFF);
        assertEquals(List.of("/tiles/10/545/337.png"), requests);
        assertEquals("Netzatlas-Test/1.0", userAgents.get(0));
        assertTrue(Files.isRegularFile(source.cacheFile(10, 545, 337)));
        assertNotNull(source.tile(10, 545, 337));
        assertEquals(1, requests.size(), "second time from the disk cache");
        assertNull(source.tile(3, 4, 2), "404: no tile, the fallback draws");
    }

    @Test
    void withTheNetworkUnreachableItReturnsQuicklyBacksOffAndTheBuiltInBasemapIsShown() throws IOException {
        OnlineTileClient client = client();
        OnlineTileSource online = new OnlineTileSource("http://127.0.0.1:" + closedPort() + "/{z}/{x}/{y}.png",
                client, dir);
        BuiltinBasemap builtin = BundledBasemap.create("test");
        FallbackTileSource source = new FallbackTileSource(online, builtin);
        assertEquals(builtin.tile(10, 545, 337).getRGB(128, 128), source.tile(10, 545, 337).getRGB(128, 128));
        assertEquals(1, client.attempts());
        assertFalse(client.available(), "backing off");
        for (int i = 0; i < 50; i++) {
            assertNotNull(source.tile(10, 545, 337 + i));
        }
        assertEquals(1, client.attempts(), "no request flood while backing off");
        clock.addAndGet(OnlineTileClient.FIRST_BACKOFF.toNanos() + 1);
        assertTrue(client.available(), "tries again after the back-off");
        source.tile(10, 546, 337);
        assertEquals(2, client.attempts());
        assertFalse(client.available(), "and backs off longer");
        clock.addAndGet(OnlineTileClient.FIRST_BACKOFF.toNanos() + 1);
        assertFalse(client.available(), "the second back-off is twice as long");
    }

    @Test
    void badTemplatesAreRefusedInGerman() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OnlineTileSource.validated("ftp://example/{z}/{x}.png"));
        assertTrue(e.getMessage().contains("Ungültige Kachel-Adresse"), e.getMessage());
    }

    @Test
    void prefetchFromTheOsmServersIsRefusedBeyondASmallLimitWithTheReason() {
        OnlineTileSource osm = new OnlineTileSource(OnlineTileSource.OSM_TEMPLATE, client(), dir);
        Envelope land = new Envelope(10.56, 13.19, 50.93, 53.05);
        TilePrefetch.Plan plan = new TilePrefetch(osm).plan(land, 5, 12);
        assertTrue(plan.tiles() > OsmTilePolicy.MAX_PREFETCH_TILES, "tiles: " + plan.tiles());
        assertFalse(plan.allowed());
        assertTrue(plan.refusal().contains("OpenStreetMap") && plan.refusal().contains("Freiwilligen"),
                plan.refusal());
        assertThrows(IllegalStateException.class, () -> new TilePrefetch(osm).run(plan, (d, t) -> { }, () -> false));
        assertTrue(new TilePrefetch(osm).plan(new Envelope(11.6, 11.65, 52.1, 52.14), 10, 12).allowed(),
                "a small area is fine");
        assertTrue(requests.isEmpty());
    }

    @Test
    void prefetchFromAnOwnServerIsUnlimitedCountsSkipsCachedAndCanBeCancelled() throws IOException {
        OnlineTileSource own = new OnlineTileSource(serve(), client(), dir);
        TilePrefetch prefetch = new TilePrefetch(own);
        Envelope magdeburg = new Envelope(11.55, 11.72, 52.08, 52.18);
        TilePrefetch.Plan plan = prefetch.plan(magdeburg, 10, 13);
        assertTrue(plan.allowed());
        assertEquals(plan.tiles() * TilePrefetch.DEFAULT_TILE_BYTES, plan.estimatedBytes());
        List<long[]> progress = new CopyOnWriteArrayList<>();
        TilePrefetch.Result cancelled = prefetch.run(plan, (d, t) -> progress.add(new long[] {d, t}),
                () -> progress.size() >= 5);
        assertTrue(cancelled.cancelled());
        assertEquals(5, cancelled.downloaded());
        TilePrefetch.Plan rest = prefetch.plan(magdeburg, 10, 13);
        assertEquals(5, rest.alreadyCached());
        TilePrefetch.Result done = prefetch.run(rest, (d, t) -> { }, () -> false);
        assertFalse(done.cancelled());
        assertEquals(plan.tiles() - 5, done.downloaded());
        assertEquals(5, done.skipped());
        assertEquals(plan.tiles(), requests.size(), "each tile downloaded once");
        assertEquals(0, prefetch.plan(magdeburg, 10, 13).toDownload());
    }

    @Test
    void aStaleTileIsRefreshedOnlineAndKeptWhenOffline() throws IOException {
        OnlineTileSource online = new OnlineTileSource(serve(), client(), dir);
        online.tile(10, 545, 337);
        Path file = online.cacheFile(10, 545, 337);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - OnlineTileSource.REFRESH_AFTER.toMillis() - 60_000);
        Files.setLastModifiedTime(file, old);
        assertNotNull(online.tile(10, 545, 337));
        assertEquals(2, requests.size(), "stale tile fetched again");
        assertTrue(Files.getLastModifiedTime(file).compareTo(old) > 0, "cache file renewed");

        // Same cache folder (same template id) but the server is gone: the stale tile still shows.
        Files.setLastModifiedTime(file, old);
        server.stop(0);
        server = null;
        OnlineTileSource offline = new OnlineTileSource(online.template(), client(), dir);
        assertEquals(0x00AA00, offline.tile(10, 545, 337).getRGB(5, 5) & 0xFFFFFF);
        assertEquals(old, Files.getLastModifiedTime(file), "stale tile kept as it was");
    }
}
