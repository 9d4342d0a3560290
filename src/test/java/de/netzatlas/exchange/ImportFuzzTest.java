package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds many deterministic mutations of the sample files (truncation, byte flips, binary garbage,
 * enormous fields, wrong extension, empty file) through every importer: no exception escapes, and
 * whenever the result reports an error the database is exactly as before.
 */
class ImportFuzzTest {

    @TempDir
    static Path dir;
    static ExchangeFixture fx;

    /** A sample file and the target it belongs to. */
    record Sample(String name, String target, byte[] bytes) {
    }

    static final List<Sample> SAMPLES = new ArrayList<>();

    @BeforeAll
    static void open() throws Exception {
        fx = new ExchangeFixture(dir);
        assertEquals(0, fx.importFile(fx.fixture("projects-utf8bom.csv"), "projects").errors());
        for (String[] s : new String[][] {{"coverage-windows1252.csv", "coverage"}, {"genesis-bevoelkerung.csv", "regions"},
                {"projects-utf8bom.csv", "projects"}, {"area-multipolygon-hole.geojson", "project-areas"},
                {"area-epsg25832.geojson", "project-areas"}}) {
            SAMPLES.add(new Sample(s[0], s[1], Files.readAllBytes(fx.fixture(s[0]))));
        }
        for (String[] s : new String[][] {{"schulen-beispiel.csv", "schools"}, {"itn-standorte-beispiel.csv", "sites"},
                {"mobilfunk-beispiel.csv", "mobile"}}) {
            SAMPLES.add(new Sample(s[0], s[1], Files.readAllBytes(Path.of("assets/samples", s[0]))));
        }
        Path xlsx = dir.resolve("regions-sample.xlsx");
        fx.exchange.export("projects", xlsx, Format.XLSX);
        SAMPLES.add(new Sample("projects-sample.xlsx", "projects", Files.readAllBytes(xlsx)));
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    /** Deterministic mutations of one sample: name suffix → bytes. */
    static List<Object[]> mutations(Sample s, Random rnd) {
        List<Object[]> out = new ArrayList<>();
        byte[] b = s.bytes();
        for (int i : new int[] {1, 3, 5, 7, 9}) {
            out.add(new Object[] {"truncated" + i, Arrays.copyOf(b, b.length * i / 10)});
        }
        for (int i = 0; i < 8; i++) {
            byte[] m = b.clone();
            int flips = 1 + rnd.nextInt(1 + i * 3);
            for (int f = 0; f < flips; f++) {
                m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
            }
            out.add(new Object[] {"flipped" + i, m});
        }
        byte[] garbage = new byte[1 + rnd.nextInt(200_000)];
        rnd.nextBytes(garbage);
        out.add(new Object[] {"garbage", garbage});
        out.add(new Object[] {"empty", new byte[0]});
        byte[] huge = new byte[6_000_000];
        Arrays.fill(huge, (byte) 'A');
        byte[] withQuote = concat(b, "\r\n\"".getBytes(StandardCharsets.US_ASCII), huge);
        out.add(new Object[] {"unclosedQuoteHugeField", withQuote});
        out.add(new Object[] {"hugeUnquotedField", concat(Arrays.copyOf(b, b.length / 2), huge)});
        out.add(new Object[] {"onlyHeader", Arrays.copyOf(b, Math.max(1, indexOf(b, (byte) '\n') + 1))});
        return out;
    }

    static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return b.length - 1;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void noMutationCrashesAnImporterAndAFailedImportLeavesTheDatabaseUnchanged() throws Exception {
        Random rnd = new Random(20261129L);
        int runs = 0;
        int failed = 0;
        String[] extensions = {"csv", "xlsx", "geojson"};
        for (Sample s : SAMPLES) {
            String base = s.name().substring(0, s.name().lastIndexOf('.'));
            String ext = s.name().substring(s.name().lastIndexOf('.') + 1);
            List<Object[]> cases = mutations(s, rnd);
            for (String other : extensions) {
                if (!other.equals(ext)) {
                    cases.add(new Object[] {"as-" + other, s.bytes(), other});
                }
            }
            for (Object[] c : cases) {
                String extension = c.length > 2 ? (String) c[2] : ext;
                Path file = dir.resolve(base + "-" + c[0] + "." + extension);
                Files.write(file, (byte[]) c[1]);
                for (boolean validOnly : new boolean[] {false, true}) {
                    String before = fx.snapshot();
                    ImportResult r;
                    try {
                        r = fx.imports.run(ImportRequest.of(file, s.target()).withValidOnly(validOnly), null, null);
                    } catch (RuntimeException | Error e) {
                        fail(file.getFileName() + " (" + s.target() + "): " + e, e);
                        return;
                    }
                    assertNotNull(r);
                    runs++;
                    if (r.errors() > 0) {
                        failed++;
                        r.problems().forEach(p -> assertNotNull(p.message()));
                        if (!r.written()) {
                            assertEquals(before, fx.snapshot(), file.getFileName() + ": " + r.problems());
                        }
                    }
                    if (r.written() && r.changeSet() != null) {
                        fx.imports.undo(r.changeSet());
                    }
                }
                Files.delete(file);
            }
        }
        assertEquals(SAMPLES.size() * 2 * (5 + 8 + 5 + 2), runs);
        org.junit.jupiter.api.Assertions.assertTrue(failed > runs / 2, "most mutations are errors: " + failed + "/" + runs);
    }
}
