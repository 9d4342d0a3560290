package de.netzatlas.ui.mobile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.common.Messages;
import de.netzatlas.layers.MobileMapLayers;
import de.netzatlas.layers.RegisterLayers;
import de.netzatlas.map.BenchFigure;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.MapSnapshot;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.mobile.CoverageEngine;
import de.netzatlas.mobile.CoverageSite;
import de.netzatlas.mobile.FrequencyBand;
import de.netzatlas.mobile.MobileCoverageBenchmark;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.mobile.SyntheticSites;
import de.netzatlas.region.BundledGeodata;

/**
 * The planner-facing mobile figures: filtering the site list of N rows (operator, status, search
 * in turn; {@code mobile_list_filter_ms_5000}) and redrawing the four mobile layers over the whole
 * Land at 1280 × 800 with Java2D, the same painter code as the screen and print
 * ({@code mobile_map_redraw_ms_5000}, no basemap) and the same with the school and ITN-XT layers on
 * as well ({@code registers_map_redraw_ms}). Medians.
 */
public final class MobileUiBenchmark {

    private final int count;

    public MobileUiBenchmark(int count) {
        this.count = count;
    }

    public List<BenchFigure> run() {
        Geometry land = BundledGeodata.features(BundledGeodata.LAND).get(0).geometry();
        List<CoverageSite> coverage = SyntheticSites.inside(land, count, 5000);
        List<MobileSite> sites = new ArrayList<>(coverage.size());
        MobileOperator[] operators = MobileOperator.values();
        MobileSiteStatus[] statuses = MobileSiteStatus.values();
        for (int i = 0; i < coverage.size(); i++) {
            CoverageSite c = coverage.get(i);
            sites.add(new MobileSite(c.id(), String.format("B-%05d", i), operators[i % operators.length],
                    c.technology(), EnumSet.of(FrequencyBand.B800), new GeoPoint(c.lat(), c.lon()), "15003000",
                    c.radiusKm(), i % 17 == 0, StatusHistory.of(statuses[i % statuses.length], null), null, null,
                    null, null, null, null, false, 0));
        }
        Messages m = new Messages(Locale.GERMAN);
        MobileViewModel vm = new MobileViewModel(null, null, null, m);
        vm.all().setAll(sites);
        double[] filter = new double[30];
        for (int i = 0; i < filter.length; i++) {
            long t0 = System.nanoTime();
            switch (i % 3) {
                case 0 -> vm.operatorProperty().set(operators[i % operators.length]);
                case 1 -> vm.statusProperty().set(statuses[i % statuses.length]);
                default -> vm.searchProperty().set(i % 2 == 0 ? "B-01" : "");
            }
            vm.shown().size();
            filter[i] = (System.nanoTime() - t0) / 1e6;
        }

        CoverageEngine engine = MobileCoverageBenchmark.bundledEngine();
        engine.setSites(coverage);
        MobileMapLayers builder = new MobileMapLayers(m);
        PointLayer points = builder.sites();
        points.setFeatures(builder.siteFeatures(sites, MobileSite::radiusKm));
        MobileMapLayers.LegendShapeLayer lte = builder.coverage(MobileMapLayers.LTE, 0x2C7BB6, "LTE");
        lte.setFeatures(MobileMapLayers.area("lte", "LTE", engine.coverage(RadioTechnology.LTE), List.of()));
        MobileMapLayers.LegendShapeLayer nr = builder.coverage(MobileMapLayers.NR, 0x7B3294, "5G");
        nr.setFeatures(MobileMapLayers.area("nr", "5G", engine.coverage(RadioTechnology.NR), List.of()));
        MobileMapLayers.LegendShapeLayer white = builder.coverage(MobileMapLayers.WHITE, 0xF0F0F0, "weiß");
        white.setFeatures(MobileMapLayers.area("w", "weiß", engine.whiteSpotsMerged(), List.of()));
        List<FeatureLayer> layers = List.of(lte, nr, white, points);
        var env = land.getEnvelopeInternal();
        MapViewport v = MapViewport.fitting(env.getMinY(), env.getMinX(), env.getMaxY(), env.getMaxX(), 1280, 800, 0.04, 1);
        MapSnapshot snapshot = new MapSnapshot((g, view) -> { }, "", Locale.GERMAN);
        double[] redraw = new double[7];
        for (int i = 0; i < redraw.length; i++) {
            long t0 = System.nanoTime();
            snapshot.render(v, layers);
            redraw[i] = (System.nanoTime() - t0) / 1e6;
        }
        // All three registers on: the mobile layers plus ~870 schools and ~180 ITN-XT sites (synthetic
        // points over the Land, statuses in turn), as on the demo data set.
        PointLayer schools = RegisterLayers.schools(m);
        schools.setFeatures(syntheticPoints(coverage, 870, de.netzatlas.schools.SchoolStatus.values()));
        PointLayer itn = RegisterLayers.sites(m);
        itn.setFeatures(syntheticPoints(coverage, 180, de.netzatlas.sites.SiteStatus.values()));
        List<FeatureLayer> all = List.of(lte, nr, white, points, itn, schools);
        double[] redrawAll = new double[7];
        for (int i = 0; i < redrawAll.length; i++) {
            long t0 = System.nanoTime();
            snapshot.render(v, all);
            redrawAll[i] = (System.nanoTime() - t0) / 1e6;
        }
        return List.of(new BenchFigure("mobile_list_filter_ms_" + count, BenchFigure.median(filter), "ms"),
                new BenchFigure("mobile_map_redraw_ms_" + count, BenchFigure.median(redraw), "ms"),
                new BenchFigure("registers_map_redraw_ms", BenchFigure.median(redrawAll), "ms"));
    }

    private static List<de.netzatlas.map.layer.PointFeature> syntheticPoints(List<CoverageSite> places, int n,
                                                                           Enum<?>[] statuses) {
        List<de.netzatlas.map.layer.PointFeature> out = new ArrayList<>(n);
        for (int i = 0; i < n && i < places.size(); i++) {
            CoverageSite c = places.get(places.size() - 1 - i);
            out.add(new de.netzatlas.map.layer.PointFeature("p" + i, "P" + i, c.lat() + 0.004, c.lon() + 0.004,
                    statuses[i % statuses.length].name(), List.of()));
        }
        return out;
    }
}
