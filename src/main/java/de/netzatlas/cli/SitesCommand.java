package de.netzatlas.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteCsv;
import de.netzatlas.sites.SiteFigures;
import de.netzatlas.sites.SiteStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code netzatlas sites list|import|export|kpi}: ITN-XT-Standorte und ihre Migration. */
@Command(name = "sites", mixinStandardHelpOptions = true, description = "ITN-XT-Standorte und ihre Migration.",
        subcommands = {SitesCommand.ListCommand.class, SitesCommand.ImportCommand.class,
                SitesCommand.ExportCommand.class, SitesCommand.KpiCommand.class})
final class SitesCommand extends CommandGroup {

    static final RegisterCli.Register<ItnSite> SITES = new RegisterCli.Register<>("sites", "ITN-XT-Standorte",
            s -> s.sites().all(), SiteCsv::write, (services, day) -> {
                var recorded = ValidTime.recorded(services.sites());
                return x -> ValidTime.site(x, day, recorded);
            });

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Listet die Standorte mit Klasse, Bandbreite und Status.")
    static final class ListCommand extends RegisterCli.ListRecords<ItnSite> {
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Standorte dieses Kreises (5-stelliger AGS)")
        String kreis;
        @Option(names = "--status", paramLabel = "STATUS", description = "nur dieser Status: ${COMPLETION-CANDIDATES}")
        SiteStatus status;

        ListCommand() {
            super(SITES);
        }

        @Override
        String kreis() {
            return kreis;
        }

        @Override
        SiteStatus status() {
            return status;
        }

        @Override
        void table(PrintWriter out, List<ItnSite> sites, AppServices services) {
            String row = "%-46s  %-14s  %-22s  %-18s  %-16s  %-13s%n";
            out.printf(row, "Standort", "Klasse", "Gemeinde", "Bandbreite", "Redundanz", "Status");
            for (ItnSite s : sites) {
                out.printf(row, CliText.cut(s.name() + (s.demo() ? " (Demo)" : ""), 46), s.siteClass().label(),
                        CliText.cut(services.regions().byAgs(s.gemeindeAgs()).map(r -> r.name())
                                .orElse(s.gemeindeAgs()), 22),
                        s.bandwidth().label(), s.redundancy().label(), s.status().label());
            }
            SiteFigures.Share total = SiteFigures.total(sites);
            out.printf("Summe: %d Standorte, davon %d in Betrieb, %d migriert (%s)%n", sites.size(), total.sites(),
                    total.migrated(), CliText.percent(total.share()));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Importiert Standorte aus einer CSV-Datei (Excel, Semikolon). Bei einem Fehler wird nichts geschrieben (Exit-Code 3).")
    static final class ImportCommand extends RegisterCli.Import {
        ImportCommand() {
            super(SITES);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Schreibt die Standorte als CSV (Excel, Semikolon, UTF-8 mit BOM) – wieder importierbar.")
    static final class ExportCommand extends RegisterCli.Export<ItnSite> {
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Standorte dieses Kreises")
        String kreis;

        ExportCommand() {
            super(SITES);
        }

        @Override
        String kreis() {
            return kreis;
        }
    }

    @Command(name = "kpi", mixinStandardHelpOptions = true,
            description = {"Anteil migrierter Standorte je Klasse und Kreis, Bandbreitenverteilung, Standorte ohne Redundanz.",
                    "Mit --as-of gilt für jeden Standort der Status, den seine Statushistorie für den Tag nennt."})
    static final class KpiCommand extends Subcommand {

        @Mixin
        AsOfOption asOf;

        @Override
        public Integer call() {
            try (AppServices services = openExistingServices()) {
                asOf.announce(err());
                var recorded = asOf.date().isPresent() ? ValidTime.recorded(services.sites()) : null;
                List<ItnSite> sites = services.sites().all().stream()
                        .map(s -> asOf.date().map(d -> ValidTime.site(s, d, recorded)).orElse(s)).toList();
                PrintWriter out = out();
                String row = "%-28s  %9s  %8s  %8s%n";
                out.printf(row, "Klasse / Kreis", "Standorte", "migriert", "Anteil");
                for (Map.Entry<SiteClass, SiteFigures.Share> e : SiteFigures.byClass(sites).entrySet()) {
                    out.printf(row, e.getKey().label(), e.getValue().sites(), e.getValue().migrated(),
                            CliText.percent(e.getValue().share()));
                }
                for (Map.Entry<String, SiteFigures.Share> e : SiteFigures.byKreis(sites, ags -> services.regions()
                        .byAgs(ags).map(g -> g.parentAgs()).orElse("?")).entrySet()) {
                    out.printf(row, CliText.cut(services.regions().byAgs(e.getKey()).map(g -> g.name())
                            .orElse(e.getKey()), 28), e.getValue().sites(), e.getValue().migrated(),
                            CliText.percent(e.getValue().share()));
                }
                SiteFigures.Share total = SiteFigures.total(sites);
                out.printf(row, "Sachsen-Anhalt", total.sites(), total.migrated(), CliText.percent(total.share()));
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
