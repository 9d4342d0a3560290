package de.netzatlas.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import de.netzatlas.report.ReportEditionRepository.Info;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;

/**
 * Published editions of the annual report (issue 13 rule 2): publishing stores the cut-off, time,
 * user, the whole document model and the PDF with its SHA-256, once; the edition is then the year's
 * report, given out byte for byte as published, while {@link ReportService#assemble} gives today's
 * data for the same cut-off ("live"). {@link #diff} lists every figure the live data change, with
 * the records behind it. Editions are never changed or deleted.
 */
public final class ReportEditions {

    /** A figure that differs between an edition and the live data, and the records that changed in its chapter. */
    public record FigureChange(String chapter, String figure, String before, String after, List<String> causes) {
        public FigureChange {
            causes = List.copyOf(causes);
        }
    }

    static final String TABLE = "report_edition";
    static final String MISSING = "–";
    private static final int CAUSES_SHOWN = 8;

    private final Database db;
    private final ReportEditionRepository repository;
    private final ReportService report;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;
    private final ReportJson json = new ReportJson();

    public ReportEditions(Database db, ReportEditionRepository repository, ReportService report, AuditLog audit,
                          Clock clock, Supplier<String> user) {
        this.db = db;
        this.repository = repository;
        this.report = report;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
    }

    /**
     * Publishes the report of {@code year} with data as of {@code cutOff}: assembles and renders it now
     * (the PDF dated with the publication time), then stores it as the year's next edition.
     */
    public Info publish(int year, LocalDate cutOff) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Document d = report.assemble(year, cutOff);
        byte[] pdf = report.pdf(d, at);
        String model = json.write(d);
        String who = user.get();
        return db.inTransactionResult(tx -> {
            int number = repository.lastNumber(tx, year) + 1;
            Info info = new Info(UUID.randomUUID(), year, number, cutOff, at, who, sha256(pdf));
            repository.insert(tx, info, model, pdf);
            ChangeSet cs = ChangeSet.start(who, clock, "Bericht " + info.label() + " veröffentlicht");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("report_year", year);
            values.put("edition", number);
            values.put("cut_off", cutOff.toString());
            values.put("pdf_sha256", info.pdfSha256());
            audit.recordInsert(tx, cs, TABLE, info.id().toString(), 1, values);
            return info;
        });
    }

    /** Every edition, newest first. */
    public List<Info> all() {
        return repository.all();
    }

    /** The newest edition of {@code year}, if one was published. */
    public Optional<Info> latest(int year) {
        return all().stream().filter(i -> i.year() == year).findFirst();
    }

    /** An edition by year and number; number 0 means the newest of the year. */
    public Optional<Info> find(int year, int number) {
        return number == 0 ? latest(year)
                : all().stream().filter(i -> i.year() == year && i.edition() == number).findFirst();
    }

    /** The stored document model of an edition. */
    public Document document(Info edition) {
        return json.read(repository.documentJson(edition.id()).orElseThrow(() ->
                new IllegalStateException("Ausgabe " + edition.label() + " fehlt in der Datenbank.")));
    }

    /** The PDF exactly as published; refuses bytes whose hash no longer matches (a damaged database). */
    public byte[] pdf(Info edition) {
        byte[] bytes = repository.pdf(edition.id()).orElseThrow(() ->
                new IllegalStateException("Ausgabe " + edition.label() + " fehlt in der Datenbank."));
        if (!sha256(bytes).equals(edition.pdfSha256())) {
            throw new IllegalStateException("Das gespeicherte PDF der Ausgabe " + edition.label()
                    + " passt nicht mehr zu seiner Prüfsumme; die Datenbank ist beschädigt. Bitte `netzatlas db check` "
                    + "ausführen und eine Sicherung zurückspielen.");
        }
        return bytes;
    }

    /** Today's data for the edition's year and cut-off. */
    public Document live(Info edition) {
        return report.assemble(edition.year(), edition.cutOff());
    }

    /** Every figure that today's data for the same cut-off change against the edition. */
    public List<FigureChange> diff(Info edition) {
        return diff(document(edition), live(edition));
    }

    /** The figures of {@code before} and {@code after} that differ, in report order, with the changed records. */
    public static List<FigureChange> diff(Document before, Document after) {
        Map<String, Figure> old = figures(before);
        Map<String, Figure> now = figures(after);
        Map<String, List<String>> causes = new LinkedHashMap<>();
        List<FigureChange> out = new ArrayList<>();
        Map<String, Figure> all = new LinkedHashMap<>(old);
        now.forEach(all::putIfAbsent);
        for (Map.Entry<String, Figure> e : all.entrySet()) {
            Figure b = old.get(e.getKey());
            Figure a = now.get(e.getKey());
            String bv = b == null ? MISSING : b.value();
            String av = a == null ? MISSING : a.value();
            if (!bv.equals(av)) {
                String chapter = e.getValue().chapter();
                out.add(new FigureChange(chapter, e.getKey(), bv, av,
                        causes.computeIfAbsent(chapter, c -> causes(before, after, c))));
            }
        }
        return out;
    }

    private record Figure(String chapter, String value) {
    }

    /** Every figure of a document by a stable name: KPI tiles, table cells, chart values, map values. */
    static Map<String, Figure> figures(Document d) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (ReportModel.KpiTile k : d.kpis()) {
            out.put("Kennzahl „" + k.label() + "“", new Figure(kpiChapter(k.id()), k.valueText()
                    + (k.changeText().isEmpty() ? "" : " (" + k.changeText() + ")")));
        }
        for (ReportModel.Chapter c : d.chapters()) {
            for (ReportModel.Block b : c.blocks()) {
                if (b instanceof ReportModel.Table t) {
                    Map<String, Integer> seen = new LinkedHashMap<>();
                    List<List<String>> rows = new ArrayList<>(t.rows());
                    if (!t.totals().isEmpty()) {
                        rows.add(t.totals());
                    }
                    for (List<String> row : rows) {
                        if (row.isEmpty()) {
                            continue;
                        }
                        int n = seen.merge(row.get(0), 1, Integer::sum);
                        String label = t.sheet() + " · " + row.get(0) + (n > 1 ? " (" + n + ")" : "");
                        for (int j = 1; j < row.size() && j < t.columns().size(); j++) {
                            out.put(label + " · " + t.columns().get(j).title(), new Figure(c.id(), row.get(j)));
                        }
                    }
                } else if (b instanceof ReportModel.Chart ch) {
                    for (ReportModel.Series s : ch.series()) {
                        for (int i = 0; i < s.values().size() && i < ch.categories().size(); i++) {
                            Double v = s.values().get(i);
                            out.put("Abbildung " + ch.id() + " · " + s.name() + " · " + ch.categories().get(i),
                                    new Figure(c.id(), v == null ? MISSING : Fmt.number(v)));
                        }
                    }
                } else if (b instanceof ReportModel.MapFigure m) {
                    m.values().forEach((ags, v) -> out.put("Karte " + m.id() + " · " + ags,
                            new Figure(c.id(), v == null ? MISSING : Fmt.number(v))));
                }
            }
        }
        return out;
    }

    private static String kpiChapter(String kpi) {
        return switch (kpi) {
            case "5g" -> ReportAssembler.MOBILE;
            case "schulen" -> ReportAssembler.SCHOOLS;
            case "itn-xt" -> ReportAssembler.SITES;
            default -> ReportAssembler.FIBRE;
        };
    }

    /** The records of a chapter that are new, gone or different (the outlook rests on the fibre records). */
    private static List<String> causes(Document before, Document after, String chapter) {
        String basis = ReportAssembler.OUTLOOK.equals(chapter) ? ReportAssembler.FIBRE : chapter;
        Map<String, String> b = before.basis().getOrDefault(basis, Map.of());
        Map<String, String> a = after.basis().getOrDefault(basis, Map.of());
        List<String> out = new ArrayList<>();
        int more = 0;
        java.util.Set<String> keys = new java.util.TreeSet<>(GermanOrder.NAMES);
        keys.addAll(b.keySet());
        keys.addAll(a.keySet());
        for (String k : keys) {
            String bv = b.get(k);
            String av = a.get(k);
            String line = bv == null ? "neu: " + k + " – " + av : av == null ? "entfallen: " + k + " – " + bv
                    : bv.equals(av) ? null : "geändert: " + k + ": " + bv + " → " + av;
            if (line == null) {
                continue;
            }
            if (out.size() < CAUSES_SHOWN) {
                out.add(line);
            } else {
                more++;
            }
        }
        if (more > 0) {
            out.add("… und " + more + " weitere geänderte Einträge");
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 fehlt in dieser Java-Laufzeit", e);
        }
    }
}
