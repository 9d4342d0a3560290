package de.netzatlas.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the built-in basemap's cold tile render time (no tile cache: every sample renders) at
 * zoom 8, 11 and 14 over the Land, as the median over repeated renders of a spread of tiles, after
 * a warm-up (JIT, per-zoom simplified lines and label placement, which are built once per zoom). Plain Java so that
 * {@code netzatlas bench map} can append other map figures (layers) to the same list.
 */
public final class TileRenderBenchmark {

    /** The Land's bounding box (lon/lat), rounded outwards. */
    static final double MIN_LON = 10.56;
    static final double MAX_LON = 13.19;
    static final double MIN_LAT = 50.93;
    static final double MAX_LAT = 53.05;

    private final BuiltinBasemap basemap;
    private final int tilesPerZoom;
    private final int rounds;

    public TileRenderBenchmark(BuiltinBasemap basemap, int tilesPerZoom, int rounds) {
        this.basemap = basemap;
        this.tilesPerZoom = tilesPerZoom;
        this.rounds = rounds;
    }

    static final int[] ZOOMS = {8, 11, 14};

    public List<BenchFigure> run() {
        for (int round = 0; round < 2; round++) {
            for (int zoom : ZOOMS) { // warm-up: JIT, the zoom's simplified lines and label placement
                tilesOverLand(zoom, tilesPerZoom).forEach(t -> basemap.tile(zoom, t[0], t[1]));
            }
        }
        List<BenchFigure> figures = new ArrayList<>();
        for (int zoom : ZOOMS) {
            figures.add(new BenchFigure("tile_render_ms_z" + zoom, medianMillis(zoom), "ms"));
        }
        return figures;
    }

    double medianMillis(int zoom) {
        List<long[]> tiles = tilesOverLand(zoom, tilesPerZoom);
        double[] samples = new double[tiles.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (long[] t : tiles) {
                long start = System.nanoTime();
                basemap.tile(zoom, t[0], t[1]);
                samples[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        return BenchFigure.median(samples);
    }

    /** An even spread of at most {@code count} tiles covering the Land's bounding box. */
    static List<long[]> tilesOverLand(int zoom, int count) {
        double n = Math.pow(2, zoom);
        long x0 = (long) (WebMercator.worldX(MIN_LON) * n);
        long x1 = (long) (WebMercator.worldX(MAX_LON) * n);
        long y0 = (long) (WebMercator.worldY(MAX_LAT) * n);
        long y1 = (long) (WebMercator.worldY(MIN_LAT) * n);
        long total = (x1 - x0 + 1) * (y1 - y0 + 1);
        long step = Math.max(1, total / count);
        List<long[]> tiles = new ArrayList<>();
        for (long k = step / 2; k < total && tiles.size() < count; k += step) {
            tiles.add(new long[] {x0 + k % (x1 - x0 + 1), y0 + k / (x1 - x0 + 1)});
        }
        return tiles;
    }
}
