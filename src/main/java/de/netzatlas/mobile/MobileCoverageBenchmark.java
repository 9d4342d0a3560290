package de.netzatlas.mobile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.map.BenchFigure;
import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.GeoJsonFeatures;

/**
 * Coverage figures for {@code netzatlas bench mobile}: the union of 5 000 sites from scratch
 * ({@code coverage_union_ms_5000}, engine built once, then {@code setSites} + figures) and after
 * moving one site ({@code coverage_update_ms_one_site}: put + figures, i.e. what the planner waits
 * for after a drag). Medians; works on the bundled boundaries, no database.
 */
public final class MobileCoverageBenchmark {

    private final int sites;
    private final int rounds;
    private final int moves;

    public MobileCoverageBenchmark(int sites, int rounds, int moves) {
        this.sites = sites;
        this.rounds = rounds;
        this.moves = moves;
    }

    /** An engine on the bundled Land and Kreis boundaries. */
    public static CoverageEngine bundledEngine() {
        Geometry land = BundledGeodata.features(BundledGeodata.LAND).get(0).geometry();
        Map<String, Geometry> kreise = new LinkedHashMap<>();
        for (GeoJsonFeatures.Feature f : BundledGeodata.features(BundledGeodata.KREISE)) {
            kreise.put(f.property("ags"), f.geometry());
        }
        return new CoverageEngine(land, kreise, CoverageEngine.DEFAULT_CELL_KM);
    }

    public List<BenchFigure> run() {
        CoverageEngine engine = bundledEngine();
        Geometry land = BundledGeodata.features(BundledGeodata.LAND).get(0).geometry();
        List<CoverageSite> all = SyntheticSites.inside(land, sites, 5000);
        double[] full = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            engine.setSites(all);
            engine.figures();
            full[i] = (System.nanoTime() - t0) / 1e6;
        }
        Random random = new Random(11);
        double[] update = new double[moves];
        for (int i = 0; i < moves; i++) {
            CoverageSite s = all.get(random.nextInt(all.size()));
            CoverageSite moved = new CoverageSite(s.id(), s.technology(), s.lat() + (random.nextDouble() - 0.5) * 0.05,
                    s.lon() + (random.nextDouble() - 0.5) * 0.08, s.radiusKm());
            long t0 = System.nanoTime();
            engine.put(moved);
            engine.figures();
            update[i] = (System.nanoTime() - t0) / 1e6;
        }
        List<BenchFigure> out = new ArrayList<>();
        out.add(new BenchFigure("coverage_union_ms_" + sites, BenchFigure.median(full), "ms"));
        out.add(new BenchFigure("coverage_update_ms_one_site", BenchFigure.median(update), "ms"));
        return out;
    }
}
