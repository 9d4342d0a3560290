package de.netzatlas.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.LocatedAsset;

/**
 * Every live record of one register in the columns of its import (so an export imports back
 * unchanged), sorted by natural key; the position as {@code lat}/{@code lon} columns and, for
 * GeoJSON, as the feature's point.
 */
public final class AssetExportSource<A extends LocatedAsset<?>> implements ExportSource {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final AssetService<A> service;
    private final RegisterMapping<A> mapping;

    AssetExportSource(AssetService<A> service, RegisterMapping<A> mapping) {
        this.service = service;
        this.mapping = mapping;
    }

    @Override
    public String id() {
        return mapping.id();
    }

    @Override
    public String label() {
        return mapping.label();
    }

    @Override
    public List<Column> columns() {
        return mapping.fields().stream().filter(f -> f.type() != TargetField.FieldType.GEOMETRY)
                .map(f -> new Column(f.key(), f.type())).toList();
    }

    @Override
    public void rows(Consumer<Row> sink) {
        List<A> all = new ArrayList<>(service.all());
        all.sort(Comparator.comparing(mapping::sortKey)
                .thenComparing(a -> a.name() == null ? "" : a.name()).thenComparing(a -> a.id().toString()));
        for (A a : all) {
            sink.accept(new Row(mapping.values(a), a.location() == null ? null
                    : WGS84.createPoint(new Coordinate(a.location().lon(), a.location().lat())), a.demo()));
        }
    }
}
