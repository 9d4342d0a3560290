package de.netzatlas.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.report.ReportModel.Appendix;
import de.netzatlas.report.ReportModel.Block;
import de.netzatlas.report.ReportModel.Chapter;
import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.ChartKind;
import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.MapFigure;
import de.netzatlas.report.ReportModel.Paragraph;
import de.netzatlas.report.ReportModel.Series;
import de.netzatlas.report.ReportModel.Table;

/**
 * A hand-built document model without a database (fast PDF tests): two chapters with a table, a
 * chart and a map figure drawn on an empty basemap.
 */
final class SmallReport {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private SmallReport() {
    }

    static PdfReportRenderer renderer() {
        return new PdfReportRenderer(new StateMapPainter((g, v) -> { }, (g, v) -> { }, ags -> Optional.empty(),
                ags -> ags, new Envelope(10.5, 13.2, 50.9, 53.1), "© Test"));
    }

    static Document document(boolean demo, List<Block> fibreBlocks) {
        List<Block> schools = List.of(new Paragraph("Die Pflichtaufgabe der Fläche: Grafik und Auswertung der Landesfläche."),
                new Chart("schulen-chart", "Schulen nach Anbindung (Quelle: Schulregister, Stand 31.12.2025)",
                        ChartKind.LINE, "Schulen", List.of("2022", "2023", "2024", "2025"),
                        List.of(new Series("angebunden", List.of(0.0, 1.0, 2.0, 3.0), false)), false),
                new MapFigure("schulen-karte", "Schulen im Land (Quelle: Schulregister, Stand 31.12.2025)",
                        "Schulen", Map.of(), "0", List.of(), Map.of()));
        return new Document(2025, AS_OF, "Bericht des Landes-CIO 2025", ReportAssembler.DEFAULT_ISSUER, demo,
                "Kurzfassung des Jahres.",
                List.of(new KpiTile("fttbh", "FTTB/H", 45.3, 40.0, "%", Fmt.pct(45.3), Fmt.pp(5.3), List.of(), "")),
                List.of(new Chapter(ReportAssembler.FIBRE, "Glasfaser", "", true, "", fibreBlocks, "Stand 2025"),
                        new Chapter(ReportAssembler.SCHOOLS, "Schulen ans Netz", "", true, "", schools, "Stand 2025")),
                new Appendix(ReportService.ATTRIBUTIONS, List.of(Map.entry("Glasfaser", "Stand 2025")),
                        List.of(Map.entry("FTTB/H", "Anteil der Haushalte")), List.of(Map.entry("FTTB/H", "Glasfaser"))));
    }

    static Document document(boolean demo) {
        return document(demo, List.of(table("Glasfaser je Kreis", 14)));
    }

    static Table table(String caption, int rows) {
        List<List<String>> r = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            r.add(List.of("Kreis " + i, Fmt.count(i * 1000L), Fmt.pct(i * 3.1)));
        }
        return new Table(caption.length() > 31 ? caption.substring(0, 31) : caption, caption,
                List.of(Column.left("Kreis"), Column.right("Haushalte"), Column.right("FTTB/H")), r, List.of());
    }

    static byte[] pdf(PdfReportRenderer renderer, Document d, Instant date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (date == null) {
                renderer.write(d, out);
            } else {
                renderer.write(d, out, date);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
