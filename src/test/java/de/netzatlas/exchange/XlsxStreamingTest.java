package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;

/** The streaming XLSX reader: a large generated sheet, typed cells, and clear messages for unusable workbooks. */
class XlsxStreamingTest {

    static final int ROWS = 200_000;
    static final String[] HEADER = {"ags", "name", "stand", "haushalte", "hh_30", "hh_50", "hh_100", "hh_200", "hh_400",
        "hh_1000", "hh_ftth", "hh_fttb", "hh_hfc", "hh_dsl"};

    @TempDir
    static Path dir;
    static ExchangeFixture fx;
    static Path large;
    static List<Region> gemeinden;

    @BeforeAll
    static void open() throws Exception {
        fx = new ExchangeFixture(dir);
        gemeinden = fx.services.regions().byLevel(RegionLevel.GEMEINDE);
        large = dir.resolve("versorgung-gross.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(large)) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            Sheet s = wb.createSheet("Versorgung");
            s.createRow(0).createCell(0).setCellValue("Breitbandversorgung – erzeugte Testdaten");
            Row h = s.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                Row r = s.createRow(i + 2);
                Region g = gemeinden.get(i % gemeinden.size());
                r.createCell(0).setCellValue(g.ags());
                r.createCell(1).setCellValue(g.name());
                r.createCell(2).setCellValue(standOf(i));
                r.getCell(2).setCellStyle(date);
                int hh = 1_000 + i % 5_000;
                r.createCell(3).setCellValue(hh);
                for (int c = 4; c <= 9; c++) {
                    r.createCell(c).setCellValue(hh / (c - 2));
                }
                for (int c = 10; c <= 13; c++) {
                    r.createCell(c).setCellValue(0);
                }
            }
            wb.write(out);
        }
    }

    static LocalDate standOf(int i) {
        return LocalDate.of(1950, 1, 1).plusDays(i / gemeinden.size());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void aLargeSheetIsValidatedRowByRowAndEveryRowArrives() {
        Problems problems = new Problems(large.getFileName().toString());
        ReadSettings settings = fx.imports.detect(large, null, problems);
        assertEquals(1, settings.headerIndex(), problems.list().toString());
        ImportResult dry = fx.imports.run(ImportRequest.of(large, "coverage").withSettings(settings).withDryRun(true),
                null, null);
        assertEquals(0, dry.errors(), dry.problems().stream().limit(5).toList().toString());
        assertEquals(ROWS, dry.rows());
        assertFalse(dry.written());
    }

    @Test
    void theStreamedCellsAreTextLikeCsvCells() {
        Problems problems = new Problems("x");
        try (XlsxTableReader reader = XlsxTableReader.open(large, new ReadSettings(Format.XLSX, null, ';', true, 1,
                "Versorgung", ReadSettings.DEFAULT_MISSING), problems)) {
            assertNotNull(reader, problems.list().toString());
            assertEquals(Arrays.asList(HEADER), reader.header());
            assertEquals(2, reader.headerRow());
            SourceRow first = reader.next();
            assertEquals(3, first.row());
            assertEquals(List.of(gemeinden.get(0).ags(), gemeinden.get(0).name(), "1950-01-01", "1000", "500", "333", "250",
                    "200", "166", "142", "0", "0", "0", "0"), first.cells());
            SourceRow last = first;
            long count = 1;
            for (SourceRow r = reader.next(); r != null; r = reader.next()) {
                last = r;
                count++;
            }
            assertEquals(ROWS, count);
            int i = ROWS - 1;
            assertEquals(ROWS + 2L, last.row());
            assertEquals(gemeinden.get(i % gemeinden.size()).ags(), last.cell(0));
            assertEquals(standOf(i).toString(), last.cell(2));
            assertEquals(String.valueOf(1_000 + i % 5_000), last.cell(3));
            assertTrue(reader.position() > 0);
            assertFalse(problems.hasErrors());
        }
    }

    @Test
    void thePreviewReadsOnlyTheFirstRows() {
        ImportPreview p = fx.imports.preview(large, "coverage", null);
        assertEquals(Arrays.asList(HEADER), p.header());
        assertEquals(20, p.rows().size());
        assertEquals("1950-01-01", p.rows().get(0).cell(2));
    }

    @Test
    void fractionsBooleansAndAnEmptyFirstRowReadLikeTheUsermodelReaderDid() throws Exception {
        Path file = dir.resolve("gemischt.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Blatt1");
            Row h = s.createRow(2);
            h.createCell(0).setCellValue("Wert");
            h.createCell(1).setCellValue("Ja/Nein");
            h.createCell(3).setCellValue("Formel");
            Row r = s.createRow(3);
            r.createCell(0).setCellValue(12.5);
            r.createCell(1).setCellValue(true);
            r.createCell(3).setCellFormula("A4*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        Problems problems = new Problems("gemischt.xlsx");
        ReadSettings settings = XlsxTableReader.detect(file, null, problems);
        assertEquals(2, settings.headerIndex());
        try (XlsxTableReader reader = XlsxTableReader.open(file, settings, problems)) {
            assertEquals(List.of("Wert", "Ja/Nein", "", "Formel"), reader.header());
            assertEquals(List.of("12,5", "ja", "", "25"), reader.next().cells());
            assertNull(reader.next());
        }
        assertFalse(problems.hasErrors(), problems.list().toString());
    }

    @Test
    void encryptedOldFormatAndTruncatedWorkbooksAreRefusedWithAClearMessage() throws Exception {
        Path encrypted = dir.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("kennwort");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("Daten").createRow(0).createCell(0).setCellValue("ags");
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(firstMessage(encrypted).contains("mit einem Kennwort verschlüsselt"), firstMessage(encrypted));

        Path xls = dir.resolve("alt.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Daten").createRow(0).createCell(0).setCellValue("ags");
            wb.write(out);
        }
        assertTrue(firstMessage(xls).contains("alten .xls-Format"), firstMessage(xls));

        Path truncated = dir.resolve("abgeschnitten.xlsx");
        byte[] whole = Files.readAllBytes(large);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(firstMessage(truncated).contains("beschädigt oder unvollständig"), firstMessage(truncated));
    }

    /** Issue 20: an XML part with a DOCTYPE (external entities) is refused in German, nothing read from /etc/passwd. */
    @Test
    void aWorkbookWithADoctypeIsRefusedAsUnsafe() throws Exception {
        Path plain = dir.resolve("klein.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("Daten").createRow(0).createCell(0).setCellValue("ags");
            wb.write(out);
        }
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        for (String part : List.of("[Content_Types].xml", "xl/workbook.xml")) {
            Path unsafe = dir.resolve("doctype-" + part.replaceAll("\\W", "") + ".xlsx");
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
                    var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(unsafe))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (e.getName().equals(part)) {
                        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                        bytes = xml.replaceFirst("\\?>", "?>" + java.util.regex.Matcher.quoteReplacement(doctype))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            String message = firstMessage(unsafe);
            assertTrue(message.contains("DOCTYPE-Deklaration") && message.contains("Sicherheitsgründen"), part + ": " + message);
        }
    }

    private static String firstMessage(Path file) {
        String before = fx.snapshot();
        ImportResult r = fx.importFile(file, "coverage");
        assertFalse(r.ok());
        assertEquals(before, fx.snapshot());
        return r.problems().get(0).message();
    }
}
