package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Milestone;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectStatus;

/**
 * {@code --as-of} on the list and KPI commands is valid time (issue 13 rule 1): records entered today
 * count by their own dates — a school connected in 2022 is connected at the end of 2024, one whose
 * history starts in 2026 is not.
 */
class AsOfCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("asof.mv.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static String landRow(String out) {
        return out.lines().filter(l -> l.startsWith("Sachsen-Anhalt")).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    @Test
    void schoolsCountByTheirStatusHistoryOnTheDay() throws Exception {
        Path csv = file("schulen.csv", "schulnummer;name;schulform;traeger;adresse;gemeinde_ags;lat;lon;schueler;down_mbit;"
                + "up_mbit;ziel_down_mbit;ziel_up_mbit;status;status_seit;technologie;plan_anschluss;ist_anschluss;kosten;"
                + "foerderung;wlan;bemerkung\n"
                + "91001;Altschule am Markt;Grundschule;Stadt Halle (Saale);Marktplatz 1, 06108 Halle (Saale);;51,48250;"
                + "11,96970;200;1000;200;;;angeschlossen;14.03.2022;Glasfaser (FTTB/FTTH);01.03.2022;14.03.2022;78.450,00;"
                + "Land;flächendeckend;\n"
                + "91002;Neuschule am Markt;Grundschule;Stadt Halle (Saale);Marktplatz 2, 06108 Halle (Saale);;51,48300;"
                + "11,97000;100;1000;200;;;angeschlossen;02.03.2026;Glasfaser (FTTB/FTTH);01.03.2026;02.03.2026;78.450,00;"
                + "Land;flächendeckend;\n");
        CliRun imported = CliRun.of("--db", db(), "schools", "import", csv.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());

        assertTrue(landRow(CliRun.of("--db", db(), "schools", "kpi").out()).contains("100,0 %"));
        CliRun german = CliRun.of("--db", db(), "schools", "kpi", "--as-of", "31.12.2024");
        assertEquals(ExitCodes.OK, german.exitCode(), german.err());
        assertTrue(german.err().contains("Stand: 31.12.2024 (Gültigkeitsdatum der Einträge)"), german.err());
        String land = landRow(german.out());
        assertTrue(land.matches("Sachsen-Anhalt\\s+2\\s+50,0 %\\s+300\\s+66,7 %"), land);
        CliRun iso = CliRun.of("--db", db(), "schools", "kpi", "--as-of", "2024-12-31");
        assertEquals(german.out(), iso.out());
        assertTrue(landRow(CliRun.of("--db", db(), "schools", "kpi", "--as-of", "31.12.2021").out())
                .matches("Sachsen-Anhalt\\s+2\\s+0,0 %.*"));

        CliRun connected = CliRun.of("--db", db(), "schools", "list", "--as-of", "31.12.2024", "--status", "ANGESCHLOSSEN");
        assertEquals(ExitCodes.OK, connected.exitCode(), connected.err());
        assertTrue(connected.out().contains("Altschule am Markt"), connected.out());
        assertFalse(connected.out().contains("Neuschule am Markt"), connected.out());
        CliRun all = CliRun.of("--db", db(), "schools", "list", "--as-of", "31.12.2024");
        String newSchool = all.out().lines().filter(l -> l.contains("Neuschule")).findFirst().orElseThrow();
        assertTrue(newSchool.contains("nicht angeschlossen"), newSchool);
        assertEquals(CliRun.of("--db", db(), "schools", "list").out().lines().findFirst(), all.out().lines().findFirst(),
                "same columns");
    }

    @Test
    void sitesCountAsMigratedByTheirStatusHistoryOnTheDay() throws Exception {
        Path csv = file("sites.csv", "id;name;behoerde;klasse;adresse;gemeinde_ags;lat;lon;bandbreite;redundanz;status;"
                + "status_seit;migration_geplant;migration_beginn;migriert_am;rueckbau_am;telefonie_migriert;bemerkung\n"
                + ";Altes Finanzamt Stendal;Ministerium der Finanzen;Hauptstandort;Scharnhorststraße 87, 39576 Stendal;;"
                + "52,60550;11,85840;500 Mbit/s;zweite Leitung;ITN-XT aktiv;12.06.2019;01.05.2019;03.04.2019;12.06.2019;;ja;\n"
                + ";Neues Finanzamt Stendal;Ministerium der Finanzen;Hauptstandort;Scharnhorststraße 88, 39576 Stendal;;"
                + "52,60650;11,85940;500 Mbit/s;zweite Leitung;ITN-XT aktiv;12.06.2026;01.05.2026;03.04.2026;12.06.2026;;ja;\n");
        CliRun imported = CliRun.of("--db", db(), "sites", "import", csv.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());

        assertTrue(landRow(CliRun.of("--db", db(), "sites", "kpi").out()).matches("Sachsen-Anhalt\\s+2\\s+2\\s+100,0 %"));
        CliRun kpi = CliRun.of("--db", db(), "sites", "kpi", "--as-of", "31.12.2024");
        assertEquals(ExitCodes.OK, kpi.exitCode(), kpi.err());
        assertTrue(kpi.err().contains("Stand: 31.12.2024"), kpi.err());
        assertTrue(landRow(kpi.out()).matches("Sachsen-Anhalt\\s+2\\s+1\\s+50,0 %"), kpi.out());

        CliRun active = CliRun.of("--db", db(), "sites", "list", "--as-of", "2024-12-31", "--status", "AKTIV");
        assertTrue(active.out().contains("Altes Finanzamt"), active.out());
        assertFalse(active.out().contains("Neues Finanzamt"), active.out());
        assertTrue(CliRun.of("--db", db(), "sites", "list", "--as-of", "31.12.2024").out().lines()
                .filter(l -> l.contains("Neues Finanzamt")).findFirst().orElseThrow().contains("Altnetz"));
    }

    @Test
    void mobileSitesCoverOnlyWhenInOperationOnTheDay() throws Exception {
        Path csv = file("mobil.csv", "kennung;betreiber;technologie;baender;status;status_seit;lat;lon;gemeinde_ags;"
                + "radius_km;gefoerdert;antrag;genehmigung;baubeginn;inbetriebnahme;geplante_inbetriebnahme;bemerkung\n"
                + "ALT-0001;Telekom;5G NR;700,3600;in Betrieb;15.03.2023;52,13153;11,62880;15003000;;nein;01.02.2021;"
                + "10.01.2022;01.09.2022;15.03.2023;;\n"
                + "NEU-0001;Telekom;5G NR;700,3600;in Betrieb;15.03.2026;51,48158;11,97947;;;nein;01.02.2024;10.01.2025;"
                + "01.09.2025;15.03.2026;;\n");
        CliRun imported = CliRun.of("--db", db(), "mobile", "import", csv.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());

        double now = nrKm2(CliRun.of("--db", db(), "mobile", "coverage", "--format", "csv"));
        CliRun y2024 = CliRun.of("--db", db(), "mobile", "coverage", "--format", "csv", "--as-of", "31.12.2024");
        assertTrue(y2024.err().contains("Stand: 31.12.2024"), y2024.err());
        double then = nrKm2(y2024);
        assertTrue(then > 0 && then < now, then + " vs " + now);
        assertEquals(0.0, nrKm2(CliRun.of("--db", db(), "mobile", "coverage", "--format", "csv", "--as-of", "31.12.2022")));

        CliRun list = CliRun.of("--db", db(), "mobile", "list", "--as-of", "31.12.2024");
        assertTrue(list.out().contains("davon 1 in Betrieb"), list.out());
        String later = list.out().lines().filter(l -> l.startsWith("NEU-0001")).findFirst().orElseThrow();
        assertTrue(later.contains("geplant"), later);
        String csvLine = CliRun.of("--db", db(), "mobile", "list", "--as-of", "31.12.2024", "--format", "csv").out()
                .lines().filter(l -> l.startsWith("NEU-0001")).findFirst().orElseThrow();
        assertTrue(csvLine.contains(";geplant;"), csvLine);
    }

    private static double nrKm2(CliRun run) {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String land = run.out().lines().filter(l -> l.startsWith("15,")).findFirst().orElseThrow(() -> new AssertionError(run.out()));
        return Double.parseDouble(land.split(",")[5]);
    }

    @Test
    void projectsAsTheyStoodOnTheDay() throws Exception {
        try (AppServices services = AppServices.open(Path.of(db()))) {
            services.projects().create(project("Glasfaser Altprojekt", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1)));
            services.projects().create(project("Glasfaser Neuprojekt", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
        }
        CliRun now = CliRun.of("--db", db(), "projects", "list");
        assertTrue(now.out().contains("Glasfaser Neuprojekt") && now.out().contains("Glasfaser Altprojekt"), now.out());
        CliRun then = CliRun.of("--db", db(), "projects", "list", "--as-of", "31.12.2024");
        assertEquals(ExitCodes.OK, then.exitCode(), then.err());
        assertTrue(then.err().contains("Stand: 31.12.2024"), then.err());
        assertTrue(then.out().contains("Glasfaser Altprojekt"), then.out());
        assertFalse(then.out().contains("Glasfaser Neuprojekt"), then.out());
        assertTrue(then.out().contains("Summe (1 Projekte)"), then.out());
        assertEquals(now.out().lines().findFirst(), then.out().lines().findFirst(), "same columns");
    }

    private static FibreProject project(String name, LocalDate statusSince, LocalDate start) {
        return new FibreProject(UUID.randomUUID(), name, "15003", List.of("15003000"),
                ProjectAreas.fromGeoJson("test", "{\"type\":\"Polygon\",\"coordinates\":[[[11.60,52.10],[11.64,52.10],"
                        + "[11.62,52.13],[11.60,52.10]]]}"),
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, "Stadtwerke Netz", 1_200, 40, 2,
                new Funding(new BigDecimal("4000000.00"), new BigDecimal("2000000.00"), new BigDecimal("1600000.00"),
                        new BigDecimal("0.00"), new BigDecimal("400000.00")),
                false, ProjectStatus.FOERDERBESCHEID, statusSince, start, LocalDate.of(2027, 6, 30), null,
                List.of(Milestone.planned("Spatenstich", start)), "Test", false, 0);
    }

    @Test
    void coverageSummaryTakesTheNewestStandOnOrBeforeTheDay() throws Exception {
        String header = "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n";
        for (String stand : List.of("31.12.2023", "31.12.2025")) {
            Path csv = file("stand-" + stand + ".csv", header + "15003000;" + stand + ";1000;900;800;700;600;500;400;300;0;0;500\n");
            assertEquals(ExitCodes.OK, CliRun.of("--db", db(), "coverage", "import", csv.toString()).exitCode());
        }
        CliRun run = CliRun.of("--db", db(), "coverage", "summary", "--level", "land", "--as-of", "31.12.2024");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Versorgung Stand 31.12.2023"), run.out());
        assertTrue(run.err().contains("Stand: 31.12.2024"), run.err());
        CliRun contradicting = CliRun.of("--db", db(), "coverage", "summary", "--stand", "31.12.2025", "--as-of", "31.12.2024");
        assertEquals(ExitCodes.USAGE, contradicting.exitCode());
        assertTrue(contradicting.err().contains("--stand") && contradicting.err().contains("--as-of"), contradicting.err());
    }

    @Test
    void anImpossibleDateIsAUsageErrorNamingTheOption() throws Exception {
        CliRun run = CliRun.of("--db", db(), "schools", "list", "--as-of", "31.02.2025");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--as-of") && run.err().contains("31.02.2025"), run.err());
    }
}
