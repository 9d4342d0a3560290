package de.netzatlas.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.GemeindeCoverage;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;

/**
 * Coverage of every stand (oldest first, Gemeinden by AGS), in the columns of the coverage import; rows
 * of demo stands are marked as such, so the exporter leaves them out and counts them.
 */
public final class CoverageExport implements ExportSource {

    private final CoverageExchangeRepository repository;
    private final RegionService regions;

    public CoverageExport(CoverageExchangeRepository repository, RegionService regions) {
        this.repository = repository;
        this.regions = regions;
    }

    @Override
    public String id() {
        return "coverage";
    }

    @Override
    public String label() {
        return "Versorgungsdaten";
    }

    @Override
    public List<Column> columns() {
        return CoverageTarget.FIELDS.stream().map(f -> new Column(f.key(), f.type())).toList();
    }

    @Override
    public void rows(Consumer<Row> sink) {
        for (CoverageStand s : repository.stands()) {
            for (GemeindeCoverage g : repository.rows(s.id())) {
                List<Object> v = new ArrayList<>(Arrays.asList(g.ags(),
                        regions.byAgs(g.ags()).map(Region::name).orElse(null), s.date(), g.households(), g.hh30(),
                        g.hh50(), g.hh100(), g.hh200(), g.hh400(), g.hh1000(), g.ftth(), g.fttb(), g.hfc(), g.dsl(),
                        g.homesPassed(), g.homesConnected(), g.businesses(), g.businessesGigabit(), g.schools(),
                        g.schoolsGigabit()));
                sink.accept(new Row(v, null, s.demo()));
            }
        }
    }
}
