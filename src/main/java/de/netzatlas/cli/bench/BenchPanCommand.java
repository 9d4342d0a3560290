package de.netzatlas.cli.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import de.netzatlas.app.ExitCodes;
import de.netzatlas.map.BundledBasemap;
import de.netzatlas.map.layer.MapLayerBenchmark;
import de.netzatlas.map.layer.MapPanBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code netzatlas bench pan}: does panning keep the heap level? Works on the bundled geodata only
 * (no database); the basemap is rendered in memory (no disk cache), as on a first start.
 */
@Command(name = "pan", mixinStandardHelpOptions = true,
        description = {"Speicher beim Verschieben der Karte: zieht die Karte (eingebaute Grundkarte, 10 000 Punkte,",
                "Gemeinde-Choroplethe) die angegebene Zeit über das Land, Zoom 8 bis 12, und misst alle 10 s",
                "den belegten Heap nach einer vollständigen Speicherbereinigung."})
final class BenchPanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60", description = "Dauer in Sekunden (Standard: 60, mindestens 20)")
    int seconds;

    @Override
    public Integer call() {
        if (seconds < 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds: mindestens 20");
        }
        PrintWriter out = spec.commandLine().getOut();
        new MapPanBenchmark(BundledBasemap.create("bench"), MapLayerBenchmark.bundledGemeinden(), seconds).run()
                .forEach(f -> out.println(f.line()));
        out.flush();
        return ExitCodes.OK;
    }
}
