package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.fibre.RealProjects;

/** An export source narrowed to some rows (a filtered list): only those rows, same columns, imports back unchanged. */
class FilteredExportTest {

    @TempDir
    static Path dir;
    static ExchangeFixture fx;

    @BeforeAll
    static void open() {
        fx = new ExchangeFixture(dir);
        fx.services.demo().load();
        RealProjects.replaceDemoProjects(fx.services.projects(), fx.services.demo());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void onlyTheChosenRowsAreWrittenWithTheSameColumnsAndImportBackUnchanged() throws Exception {
        ExportSource all = fx.exchange.exportSource("projects").orElseThrow();
        List<FibreProject> projects = fx.services.projects().all();
        ProjectStatus status = projects.get(0).status();
        Set<String> keys = new HashSet<>();
        projects.stream().filter(p -> p.status() == status).forEach(p -> keys.add(p.id().toString()));
        assertTrue(keys.size() > 0 && keys.size() < projects.size(), "a real subset");

        ExportSource some = all.withKeys("Auswahl", keys);
        assertEquals("projects", some.id());
        assertEquals("Auswahl", some.label());
        assertEquals(all.columns(), some.columns());

        Path full = dir.resolve("alle.csv");
        Exporter.export(all, full, Format.CSV);
        for (Format format : Format.values()) {
            Path file = dir.resolve("auswahl." + format.extension());
            assertEquals(keys.size(), Exporter.export(some, file, format).rows(), format.toString());
            String before = fx.snapshot();
            ImportResult r = fx.importFile(file, "projects");
            String what = format + ": " + r.summary() + " " + r.problems();
            assertTrue(r.ok(), what);
            assertEquals(keys.size(), r.rows(), what);
            assertEquals(0, r.inserted() + r.updated() + r.skipped(), what);
            assertFalse(r.written(), what);
            assertEquals(before, fx.snapshot(), what);
        }
        List<CSVRecord> chosen = csv(dir.resolve("auswahl.csv"));
        List<CSVRecord> every = csv(full);
        assertEquals(every.get(0).toList(), chosen.get(0).toList(), "same header");
        Set<String> ids = new HashSet<>();
        chosen.subList(1, chosen.size()).forEach(rec -> ids.add(rec.get(0)));
        assertEquals(keys, ids);
        List<String> inFullOrder = new ArrayList<>();
        every.subList(1, every.size()).stream().filter(rec -> keys.contains(rec.get(0)))
                .forEach(rec -> inFullOrder.add(String.join(";", rec.toList())));
        List<String> written = new ArrayList<>();
        chosen.subList(1, chosen.size()).forEach(rec -> written.add(String.join(";", rec.toList())));
        assertEquals(inFullOrder, written, "the same rows, values and order as in the full export");
    }

    @Test
    void aPredicateFilterKeepsTheSourceLabelWhenNoneIsGiven() throws Exception {
        ExportSource all = fx.exchange.exportSource("regions").orElseThrow();
        ExportSource gemeinden = all.filtered(null, row -> row.values().get(0).toString().length() == 8);
        assertEquals(all.label(), gemeinden.label());
        long rows = Exporter.export(gemeinden, dir.resolve("gemeinden.csv"), Format.CSV).rows();
        assertEquals(218, rows);
        assertEquals(0, Exporter.export(all.withKeys("keine", Set.of()), dir.resolve("leer.csv"), Format.CSV).rows());
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in)) {
            List<CSVRecord> records = p.getRecords();
            return records;
        }
    }
}
