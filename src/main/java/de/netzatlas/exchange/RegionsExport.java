package de.netzatlas.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.netzatlas.exchange.RegionStatisticsRepository.Statistics;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;

/** Land, Kreise and Gemeinden (by AGS) with their statistics and boundaries, in the columns of the regions import. */
public final class RegionsExport implements ExportSource {

    private final RegionService regions;
    private final RegionStatisticsRepository statistics;

    public RegionsExport(RegionService regions, RegionStatisticsRepository statistics) {
        this.regions = regions;
        this.statistics = statistics;
    }

    @Override
    public String id() {
        return "regions";
    }

    @Override
    public String label() {
        return "Regionen";
    }

    @Override
    public List<Column> columns() {
        return RegionStatisticsTarget.FIELDS.stream().map(f -> new Column(f.key(), f.type())).toList();
    }

    @Override
    public void rows(Consumer<Row> sink) {
        Map<String, Statistics> stats = statistics.all();
        List<Region> all = new ArrayList<>(regions.all());
        all.sort(Comparator.comparing(Region::ags));
        for (Region r : all) {
            Statistics s = stats.get(r.ags());
            List<Object> v = new ArrayList<>(Arrays.asList(r.ags(), r.name(), s == null ? null : s.population(),
                    s == null ? null : s.populationDate(), s == null ? null : s.households(),
                    s == null ? null : s.householdsDate(), s == null ? null : s.householdsSource()));
            sink.accept(new Row(v, regions.boundary(r.ags()).orElse(null)));
        }
    }
}
