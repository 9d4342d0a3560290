package de.netzatlas.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import de.netzatlas.app.ExitCodes;
import de.netzatlas.cli.NetzatlasCommand;
import de.netzatlas.map.BenchFigure;
import de.netzatlas.mobile.MobileCoverageBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code netzatlas bench mobile}: 5G/LTE coverage figures on synthetic sites inside the bundled
 * Land boundary (no database, so it can run next to an open Netzatlas).
 */
@Command(name = "mobile", mixinStandardHelpOptions = true,
        description = {"Mobilfunk-Kennzahlen: Versorgungsvereinigung für 5 000 Standorte von Grund auf,",
                "Aktualisierung nach dem Verschieben eines Standorts, Filtern der Standortliste und Neuzeichnen",
                "der Mobilfunk-Ebenen (Standorte, LTE, 5G, weiße Flecken) über dem ganzen Land (Mediane)."})
final class BenchMobileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sites", defaultValue = "5000", description = "Anzahl Standorte (Standard: 5000)")
    int sites;

    @Option(names = "--rounds", defaultValue = "5", description = "Wiederholungen der Gesamtberechnung (Standard: 5)")
    int rounds;

    @Option(names = "--moves", defaultValue = "25", description = "Verschobene Standorte (Standard: 25)")
    int moves;

    @Override
    public Integer call() {
        List<BenchFigure> figures = new ArrayList<>(new MobileCoverageBenchmark(sites, rounds, moves).run());
        figures.addAll(((NetzatlasCommand) spec.root().userObject()).desktop().mobileUiBenchmark(sites));
        PrintWriter out = spec.commandLine().getOut();
        figures.forEach(f -> out.println(f.line()));
        out.flush();
        return ExitCodes.OK;
    }
}
