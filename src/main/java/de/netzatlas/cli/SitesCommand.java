package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteCsv;
import de.netzatlas.sites.SiteFigures;
import de.netzatlas.sites.SiteStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netzatlas sites list|import|export|kpi}: ITN-XT-Standorte und ihre Migration. */
@Command(name = "sites", mixinStandardHelpOptions = true, description = "ITN-XT-Standorte und ihre Migration.",
        subcommands = {SitesCommand.ListCommand.class, SitesCommand.ImportCommand.class,
                SitesCommand.ExportCommand.class, SitesCommand.KpiCommand.class})
final class SitesCommand implements Runnable {

    @ParentCommand
    NetzatlasCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unterbefehl fehlt: list, import, export oder kpi");
    }

    static List<ItnSite> filtered(AppServices s, String kreis, SiteStatus status) {
        return s.sites().all().stream()
                .filter(x -> kreis == null || s.regions().byAgs(x.gemeindeAgs()).map(r -> kreis.equals(r.parentAgs()))
                        .orElse(false))
                .filter(x -> status == null || x.status() == status)
                .sorted(Comparator.comparing(ItnSite::gemeindeAgs).thenComparing(ItnSite::name)).toList();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Listet die Standorte mit Klasse, Bandbreite und Status.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        SitesCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Standorte dieses Kreises (5-stelliger AGS)")
        String kreis;
        @Option(names = "--status", paramLabel = "STATUS", description = "nur dieser Status: ${COMPLETION-CANDIDATES}")
        SiteStatus status;
        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (Spalten wie beim Import)")
        RegionsCommand.Format format;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                List<ItnSite> sites = filtered(services, kreis, status);
                PrintWriter out = spec.commandLine().getOut();
                if (format == RegionsCommand.Format.csv) {
                    SiteCsv.write(out, sites);
                } else {
                    String row = "%-46s  %-14s  %-22s  %-18s  %-16s  %-13s%n";
                    out.printf(row, "Standort", "Klasse", "Gemeinde", "Bandbreite", "Redundanz", "Status");
                    for (ItnSite s : sites) {
                        out.printf(row, SchoolsCommand.cut(s.name() + (s.demo() ? " (Demo)" : ""), 46), s.siteClass().label(),
                                SchoolsCommand.cut(services.regions().byAgs(s.gemeindeAgs()).map(r -> r.name())
                                        .orElse(s.gemeindeAgs()), 22),
                                s.bandwidth().label(), s.redundancy().label(), s.status().label());
                    }
                    SiteFigures.Share total = SiteFigures.total(sites);
                    out.printf("Summe: %d Standorte, davon %d in Betrieb, %d migriert (%s)%n", sites.size(), total.sites(),
                            total.migrated(), SchoolsCommand.percent(total.share()));
                    if (sites.stream().anyMatch(ItnSite::demo)) {
                        out.println("Enthält Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).");
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Importiert Standorte aus einer CSV-Datei (Excel, Semikolon). Bei einem Fehler wird nichts geschrieben (Exit-Code 3).")
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        SitesCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DATEI", description = "CSV-Datei (Spalten siehe README)")
        java.nio.file.Path file;

        @Override
        public Integer call() {
            return RegisterCli.importFile(spec, parent.root, "sites", file, "nichts importiert.",
                    RegisterCli.summary("ITN-XT-Standorte"));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Schreibt die Standorte als CSV (Excel, Semikolon, UTF-8 mit BOM) – wieder importierbar.")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        SitesCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DATEI", description = "Zieldatei, oder - für die Standardausgabe")
        String file;
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Standorte dieses Kreises")
        String kreis;

        @Override
        public Integer call() throws IOException {
            try (AppServices services = parent.root.openServices()) {
                List<ItnSite> all = filtered(services, kreis, null);
                List<ItnSite> sites = all.stream().filter(s -> !s.demo()).toList();
                RegisterCli.export(spec, file, w -> SiteCsv.write(w, sites), sites.size(), "ITN-XT-Standorte",
                        all.size() - sites.size());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "kpi", mixinStandardHelpOptions = true,
            description = "Anteil migrierter Standorte je Klasse und Kreis, Bandbreitenverteilung, Standorte ohne Redundanz.")
    static final class KpiCommand implements Callable<Integer> {
        @ParentCommand
        SitesCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                List<ItnSite> sites = services.sites().all();
                PrintWriter out = spec.commandLine().getOut();
                String row = "%-28s  %9s  %8s  %8s%n";
                out.printf(row, "Klasse / Kreis", "Standorte", "migriert", "Anteil");
                for (Map.Entry<SiteClass, SiteFigures.Share> e : SiteFigures.byClass(sites).entrySet()) {
                    out.printf(row, e.getKey().label(), e.getValue().sites(), e.getValue().migrated(),
                            SchoolsCommand.percent(e.getValue().share()));
                }
                for (Map.Entry<String, SiteFigures.Share> e : SiteFigures.byKreis(sites, ags -> services.regions()
                        .byAgs(ags).map(g -> g.parentAgs()).orElse("?")).entrySet()) {
                    out.printf(row, SchoolsCommand.cut(services.regions().byAgs(e.getKey()).map(g -> g.name())
                            .orElse(e.getKey()), 28), e.getValue().sites(), e.getValue().migrated(),
                            SchoolsCommand.percent(e.getValue().share()));
                }
                SiteFigures.Share total = SiteFigures.total(sites);
                out.printf(row, "Sachsen-Anhalt", total.sites(), total.migrated(), SchoolsCommand.percent(total.share()));
                out.println("Bandbreitenverteilung (Standorte in Betrieb):");
                for (Map.Entry<BandwidthClass, Integer> e : SiteFigures.bandwidthDistribution(sites).entrySet()) {
                    out.printf("  %-18s %5d%n", e.getKey().label(), e.getValue());
                }
                out.printf("Ohne Redundanz: %d Standorte%n", SiteFigures.withoutRedundancy(sites).size());
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
