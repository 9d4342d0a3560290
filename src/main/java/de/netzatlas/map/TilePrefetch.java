package de.netzatlas.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Envelope;

/**
 * "Bereich offline verfügbar machen": downloads every tile of an area (lon/lat) for a zoom range
 * into the online source's disk cache. {@link #plan} counts first (and estimates the size), so
 * the user decides before anything is loaded; the OSM servers' policy limit is checked there.
 */
public final class TilePrefetch {

    /** Typical size of a raster tile when nothing is cached yet to measure. */
    static final long DEFAULT_TILE_BYTES = 20_000;

    /** The tiles of an area, how many are already cached, the size estimate and a refusal (or null). */
    public record Plan(Envelope area, int minZoom, int maxZoom, long tiles, long alreadyCached, long estimatedBytes,
                       String refusal) {

        public long toDownload() {
            return tiles - alreadyCached;
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** What a run did. */
    public record Result(long downloaded, long skipped, long failed, boolean cancelled) {
    }

    /** Progress: tiles handled so far of the total. */
    public interface Progress {
        void update(long done, long total);
    }

    private final OnlineTileSource source;

    public TilePrefetch(OnlineTileSource source) {
        this.source = source;
    }

    public Plan plan(Envelope area, int minZoom, int maxZoom) {
        long tiles = 0;
        long cached = 0;
        for (int z = minZoom; z <= maxZoom; z++) {
            long[] r = range(area, z);
            long count = (r[2] - r[0] + 1) * (r[3] - r[1] + 1);
            tiles += count;
            if (count <= 20_000) {
                for (long x = r[0]; x <= r[2]; x++) {
                    for (long y = r[1]; y <= r[3]; y++) {
                        cached += source.cached(z, x, y) ? 1 : 0;
                    }
                }
            }
        }
        long toDownload = tiles - cached;
        return new Plan(area, minZoom, maxZoom, tiles, cached, toDownload * averageTileBytes(),
                OsmTilePolicy.refusal(source.template(), toDownload));
    }

    /** Average size of the tiles already cached for this source (at least 10), else a typical size. */
    long averageTileBytes() {
        Path dir = source.directory();
        if (!Files.isDirectory(dir)) {
            return DEFAULT_TILE_BYTES;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            long[] sum = {0, 0};
            files.filter(p -> p.toString().endsWith(".tile")).limit(500).forEach(p -> {
                try {
                    sum[0] += Files.size(p);
                    sum[1]++;
                } catch (IOException e) {
                    // ignore: an estimate
                }
            });
            return sum[1] >= 10 ? sum[0] / sum[1] : DEFAULT_TILE_BYTES;
        } catch (IOException e) {
            return DEFAULT_TILE_BYTES;
        }
    }

    /** Downloads the plan's missing tiles; stops early when cancelled or when the server is unreachable. */
    public Result run(Plan plan, Progress progress, BooleanSupplier cancelled) {
        if (!plan.allowed()) {
            throw new IllegalStateException(plan.refusal());
        }
        long done = 0;
        long downloaded = 0;
        long skipped = 0;
        long failed = 0;
        for (int z = plan.minZoom(); z <= plan.maxZoom(); z++) {
            long[] r = range(plan.area(), z);
            for (long x = r[0]; x <= r[2]; x++) {
                for (long y = r[1]; y <= r[3]; y++) {
                    if (cancelled.getAsBoolean()) {
                        return new Result(downloaded, skipped, failed, true);
                    }
                    if (source.cached(z, x, y)) {
                        skipped++;
                    } else if (!source.client().available()) {
                        failed++;
                    } else {
                        try {
                            source.download(z, x, y);
                            downloaded++;
                        } catch (IOException e) {
                            failed++;
                        }
                    }
                    progress.update(++done, plan.tiles());
                }
            }
        }
        return new Result(downloaded, skipped, failed, false);
    }

    /** {minX, minY, maxX, maxY} tile numbers covering the area at a zoom. */
    static long[] range(Envelope area, int zoom) {
        long n = 1L << zoom;
        long minX = clamp((long) Math.floor(WebMercator.worldX(area.getMinX()) * n), n);
        long maxX = clamp((long) Math.floor(WebMercator.worldX(area.getMaxX()) * n), n);
        long minY = clamp((long) Math.floor(WebMercator.worldY(area.getMaxY()) * n), n);
        long maxY = clamp((long) Math.floor(WebMercator.worldY(area.getMinY()) * n), n);
        return new long[] {minX, minY, maxX, maxY};
    }

    private static long clamp(long v, long n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
