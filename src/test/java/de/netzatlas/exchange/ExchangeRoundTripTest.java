package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export → import changes nothing, for every source and format; XLSX specifics; zip bombs. */
class ExchangeRoundTripTest {

    @TempDir
    static Path dir;
    static ExchangeFixture fx;

    @BeforeAll
    static void open() throws Exception {
        fx = new ExchangeFixture(dir);
        assertTrue(fx.importFile(fx.fixture("coverage-windows1252.csv"), "coverage").ok());
        assertTrue(fx.importFile(fx.fixture("projects-utf8bom.csv"), "projects").ok());
        assertTrue(fx.importFile(fx.fixture("area-multipolygon-hole.geojson"), "project-areas").ok());
        assertTrue(fx.importFile(fx.fixture("genesis-bevoelkerung.csv"), "regions").ok());
        assertTrue(fx.importFile(Path.of("assets/samples/schulen-beispiel.csv"), "schools").ok());
        assertTrue(fx.importFile(Path.of("assets/samples/itn-standorte-beispiel.csv"), "sites").ok());
        assertTrue(fx.importFile(Path.of("assets/samples/mobilfunk-beispiel.csv"), "mobile").ok());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void everyExportImportsBackWithoutAnyChange() throws Exception {
        for (String source : new String[] {"coverage", "projects", "regions", "schools", "sites", "mobile"}) {
            for (Format format : Format.values()) {
                Path file = dir.resolve("rt-" + source + "." + format.extension());
                long rows = fx.exchange.export(source, file, format).rows();
                assertTrue(rows > 0, source);
                String before = fx.snapshot();
                ImportResult r = fx.importFile(file, source);
                String what = source + " " + format + ": " + r.summary() + " " + r.problems();
                assertTrue(r.ok(), what);
                assertEquals(rows, r.rows(), what);
                assertEquals(0, r.inserted() + r.updated() + r.skipped(), what);
                assertFalse(r.written(), what);
                assertEquals(before, fx.snapshot(), what);
            }
        }
    }

    @Test
    void registersExportTheirLocationAsPointAndAsLatLonColumns() throws Exception {
        for (String source : new String[] {"schools", "sites", "mobile"}) {
            Path file = dir.resolve("punkte-" + source + ".geojson");
            fx.exchange.export(source, file, Format.GEOJSON);
            var features = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("features");
            assertTrue(features.size() >= 3, source);
            for (var f : features) {
                assertEquals("Point", f.path("geometry").path("type").asText(), source);
                assertEquals(f.path("properties").path("lon").asDouble(), f.path("geometry").path("coordinates").get(0).asDouble(),
                        1e-9, source);
                assertEquals(f.path("properties").path("lat").asDouble(), f.path("geometry").path("coordinates").get(1).asDouble(),
                        1e-9, source);
            }
        }
        Path csv = dir.resolve("schulen.csv");
        fx.exchange.export("schools", csv, Format.CSV);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFschulnummer;name;schulform;traeger;adresse;gemeinde_ags;lat;lon;"), text);
        assertTrue(text.contains("90001;Beispiel-Grundschule am Markt;Grundschule;Stadt Halle (Saale);"
                + "Marktplatz 1, 06108 Halle (Saale);15002000;51,4825;11,9697;212;1000;200;1000;200;angeschlossen;"
                + "14.03.2022;Glasfaser (FTTB/FTTH);01.03.2022;14.03.2022;78450;Land;flächendeckend;"), text);
    }

    @Test
    void csvExportFollowsGermanExcelConventions() throws Exception {
        Path file = dir.resolve("projekte.csv");
        fx.exchange.export("projects", file, Format.CSV);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xff, "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id;name;kreis_ags;"), text);
        assertTrue(text.contains(";Förderbescheid;01.03.2025;"), text);
        assertTrue(text.contains(";4000000;2000000;1600000;0;400000;nein;"), text);
    }

    @Test
    void xlsxExportHasTypedCellsABoldFrozenHeaderAndAnAutoFilter() throws Exception {
        Path file = dir.resolve("versorgung.xlsx");
        fx.exchange.export("coverage", file, Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(((XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle()).getFont().getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(3).getCellType());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2)));
        }
    }

    @Test
    void aChosenSheetWithTitleRowsNumbersAsTextAndDateCellsImports() throws Exception {
        Path file = dir.resolve("regionen.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Hinweise").createRow(0).createCell(0).setCellValue("Quelle: Statistisches Landesamt");
            Sheet s = wb.createSheet("Daten");
            s.createRow(0).createCell(0).setCellValue("Einwohner und Haushalte 2023");
            Row h = s.createRow(2);
            String[] header = {"AGS", "Gemeinde", "Einwohner", "Haushalte", "Stand Haushalte"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = s.createRow(3);
            r.createCell(0).setCellValue("15001000");
            r.createCell(1).setCellValue("Dessau-Roßlau");
            r.createCell(2).setCellValue("78.300");
            r.createCell(3).setCellValue(42_200);
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            r.createCell(4).setCellValue(LocalDate.of(2023, 12, 31));
            r.getCell(4).setCellStyle(dateStyle);
            wb.write(out);
        }
        Problems problems = new Problems("regionen.xlsx");
        ReadSettings settings = fx.imports.detect(file, "Daten", problems);
        assertEquals(2, settings.headerIndex());
        ImportResult res = fx.imports.run(ImportRequest.of(file, "regions").withSettings(settings), null, null);
        assertTrue(res.ok(), res.problems().toString());
        assertEquals(78_300, fx.region("15001000").population());
        assertEquals(42_200, fx.region("15001000").households());
        assertEquals(LocalDate.of(2023, 12, 31), fx.region("15001000").householdsDate());

        ImportResult missing = fx.imports.run(ImportRequest.of(file, "regions")
                .withSettings(settings.withSheet("Gibtsnicht")), null, null);
        assertTrue(missing.problems().get(0).message().contains("Blatt „Gibtsnicht“ gibt es nicht"), missing.problems().toString());
    }

    @Test
    void aZipBombDisguisedAsWorkbookIsRefused() throws Exception {
        Path normal = dir.resolve("normal.xlsx");
        fx.exchange.export("regions", normal, Format.XLSX);
        Path bomb = dir.resolve("bombe.xlsx");
        try (ZipFile zip = new ZipFile(normal.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().endsWith("sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int at = xml.indexOf("<sheetData");
                        out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 40; i++) {
                            out.write(spaces);
                        }
                        out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                }
                out.closeEntry();
            }
        }
        String before = fx.snapshot();
        ImportResult r = fx.importFile(bomb, "regions");
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).message().contains("Zip-Bombe"), r.problems().toString());
        assertEquals(before, fx.snapshot());
    }

    @Test
    void formulaLikeTextIsExportedAsTextAndReimportsUnchanged() throws Exception {
        String header = Files.readAllLines(Path.of("assets/samples/schulen-beispiel.csv"), StandardCharsets.UTF_8).get(0);
        Path in = dir.resolve("formel.csv");
        Files.writeString(in, header + "\n90901;\"=HYPERLINK(\"\"http://example.invalid\"\")\";Grundschule;@Stadt;"
                + "Markt 1, 06108 Halle (Saale);;51,48250;11,96970;212;1000;200;;;angeschlossen;14.03.2022;"
                + "Glasfaser (FTTB/FTTH);01.03.2022;14.03.2022;78.450,00;Land;flächendeckend;-1+2\n", StandardCharsets.UTF_8);
        ImportResult imported = fx.importFile(in, "schools");
        assertTrue(imported.ok(), imported.problems().toString());
        Path out = dir.resolve("formel-export.csv");
        fx.exchange.export("schools", out, Format.CSV);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains(";\"'=HYPERLINK("), csv);
        assertTrue(csv.contains(";'@Stadt;"), csv);
        assertTrue(csv.contains(";'-1+2"), csv);
        assertFalse(csv.contains("\"=HYPERLINK("), csv);
        String before = fx.snapshot();
        ImportResult again = fx.importFile(out, "schools");
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(0, again.inserted() + again.updated(), "the apostrophe is taken off again: " + again.summary());
        assertEquals(before, fx.snapshot());
    }
}
