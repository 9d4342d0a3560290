package de.netzatlas.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import de.netzatlas.app.ExitCodes;
import de.netzatlas.map.BenchFigure;
import de.netzatlas.map.BundledBasemap;
import de.netzatlas.map.TileRenderBenchmark;
import de.netzatlas.map.layer.MapLayerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code netzatlas bench map}: map figures. Works on the bundled geodata only (no database), so
 * it can run next to an open Netzatlas.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Kartenkennzahlen: Zeichenzeit einer Grundkarten-Kachel (Zoom 8, 11, 14, ohne Cache),",
                "Neuzeichnen der Punkt- und Choroplethen-Ebenen und der Vergleich mit einem Knoten je Punkt.",
                "Ohne Bildschirm läuft JavaFX dabei headless (Monocle)."})
final class BenchMapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tiles", defaultValue = "40", description = "Kacheln je Zoomstufe (Standard: 40)")
    int tiles;

    @Option(names = "--rounds", defaultValue = "5", description = "Wiederholungen (Standard: 5)")
    int rounds;

    @Option(names = "--layers", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Auch die Ebenen-Kennzahlen messen (Standard: ja; --no-layers nur Kacheln)")
    boolean layers;

    @Override
    public Integer call() {
        List<BenchFigure> figures = new ArrayList<>(
                new TileRenderBenchmark(BundledBasemap.create("bench"), tiles, rounds).run());
        if (layers) {
            figures.addAll(new MapLayerBenchmark(MapLayerBenchmark.bundledGemeinden()).run());
        }
        PrintWriter out = spec.commandLine().getOut();
        figures.forEach(f -> out.println(f.line()));
        out.flush();
        return ExitCodes.OK;
    }
}
