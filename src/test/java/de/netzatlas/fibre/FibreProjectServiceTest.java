package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.store.AuditAction;
import de.netzatlas.store.AuditEntry;

/** Project CRUD on a real H2 file: validation, audit rows per change set, session undo. */
class FibreProjectServiceTest {

    @TempDir
    Path dir;

    FibreFixture f;

    @BeforeEach
    void open() {
        f = new FibreFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static org.locationtech.jts.geom.Geometry square(double lon, double lat, double size) {
        return ProjectAreas.fromGeoJson("test", String.format(java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$f,%2$f],[%3$f,%2$f],[%3$f,%4$f],[%1$f,%4$f],[%1$f,%2$f]]]}",
                lon, lat, lon + size, lat + size));
    }

    @Test
    void anAreaOutsideTheLandsRealOutlineIsAnErrorThoughInsideItsBoundingBox() {
        // Wolfsburg (Niedersachsen) and Leipzig (Sachsen) both lie inside the Land's bounding box
        for (double[] at : new double[][] {{10.76, 52.41}, {12.35, 51.32}}) {
            FibreProject outside = FibreFixture.magdeburgProject("Nachbarland").withArea(square(at[0], at[1], 0.03));
            ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> f.projects.create(outside));
            assertTrue(e.issues().stream().anyMatch(i -> i.field().equals("area") && i.isError()
                    && i.message().startsWith("Ausbaugebiet liegt außerhalb Sachsen-Anhalts (z. B. bei ")), e.issues().toString());
        }
        // Magdeburg, a third of it pushed across the border at Helmstedt: a share is named
        FibreProject across = FibreFixture.magdeburgProject("Grenze").withArea(square(10.99, 52.25, 0.06));
        double share = f.regions.shareOutsideLand(across.area());
        assertTrue(share > 0.05 && share < 0.95, "crosses the border: " + share);
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> f.projects.create(across));
        assertTrue(e.issues().stream().anyMatch(i -> i.message().matches("Ausbaugebiet liegt zu \\d+ % außerhalb.*")),
                e.issues().toString());
        assertEquals(0.0, f.regions.shareOutsideLand(FibreFixture.magdeburgProject("innen").area()));
        f.projects.create(FibreFixture.magdeburgProject("innen"));
    }

    /** Issue 20: a text longer than its column is refused in German naming the field; nothing is written. */
    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheField() {
        FibreProject longName = FibreFixture.magdeburgProject("x".repeat(301));
        de.netzatlas.store.ColumnLengths.TooLongException e = assertThrows(
                de.netzatlas.store.ColumnLengths.TooLongException.class, () -> f.projects.create(longName));
        assertEquals("„Projektname“ ist 301 Zeichen lang; erlaubt sind höchstens 300 Zeichen.", e.getMessage());
        assertEquals("name", e.column());
        assertTrue(f.projects.all().isEmpty());
        assertFalse(f.projects.canUndo(), "nothing was written, so nothing to undo");
        assertEquals(300, f.projects.create(FibreFixture.magdeburgProject("x".repeat(300))).name().length());
    }

    @Test
    void createUpdateDeleteAreAuditedAndReadBackWithGemeindenMilestonesAndArea() {
        FibreProject created = f.projects.create(FibreFixture.magdeburgProject("Magdeburg Nord"));
        FibreProject read = f.projects.find(created.id()).orElseThrow();
        assertEquals(created, read.withArea(created.area()));
        assertTrue(read.area().equalsExact(created.area(), 1e-12));
        assertEquals(List.of("15003000"), read.gemeinden());
        assertEquals("Spatenstich", read.milestones().get(0).name());

        FibreProject updated = f.projects.update(read.withStatus(ProjectStatus.BAU, LocalDate.of(2025, 10, 1), null));
        assertEquals(2, updated.version());
        assertEquals(ProjectStatus.BAU, f.projects.find(created.id()).orElseThrow().status());

        f.projects.delete(created.id());
        assertTrue(f.projects.find(created.id()).isEmpty());

        List<AuditEntry> history = f.audit.history(f.db, "fibre_project", created.id().toString());
        assertEquals(List.of(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.DELETE),
                history.stream().map(AuditEntry::action).toList());
        assertEquals("FOERDERBESCHEID", history.get(1).oldValues().get("status"));
        assertEquals("BAU", history.get(1).newValues().get("status"));
        assertEquals("planerin", history.get(1).changedBy());
        assertTrue(((String) history.get(0).newValues().get("area_wkt")).startsWith("POLYGON"));
        assertEquals(3, history.stream().map(AuditEntry::changeSet).distinct().count(), "one change set per action");
    }

    @Test
    void undoRevertsDeleteThenUpdateThenCreateAndIsItselfAudited() {
        FibreProject created = f.projects.create(FibreFixture.magdeburgProject("Magdeburg Süd"));
        FibreProject renamed = f.projects.update(created.withName("Magdeburg Süd-Ost"));
        f.projects.delete(created.id());

        assertEquals(Optional.of("Projekt gelöscht: Magdeburg Süd-Ost"), f.projects.undo());
        assertEquals("Magdeburg Süd-Ost", f.projects.find(created.id()).orElseThrow().name());

        assertEquals(Optional.of("Projekt geändert: Magdeburg Süd-Ost"), f.projects.undo());
        FibreProject restored = f.projects.find(created.id()).orElseThrow();
        assertEquals("Magdeburg Süd", restored.name());
        assertEquals(created.milestones(), restored.milestones());
        assertEquals(created.funding(), restored.funding());
        assertTrue(created.area().equalsExact(restored.area(), 1e-12));
        assertEquals(created.withVersion(restored.version()).withArea(restored.area()), restored);
        assertTrue(restored.version() > renamed.version(), "undo writes a new version");

        assertEquals(Optional.of("Projekt angelegt: Magdeburg Süd"), f.projects.undo());
        assertTrue(f.projects.find(created.id()).isEmpty());
        assertFalse(f.projects.canUndo());
        assertEquals(Optional.empty(), f.projects.undo());

        List<AuditEntry> history = f.audit.history(f.db, "fibre_project", created.id().toString());
        assertEquals(6, history.size());
        assertEquals("Rückgängig: Projekt angelegt: Magdeburg Süd", history.get(5).description());
        assertEquals(AuditAction.DELETE, history.get(5).action());
    }

    @Test
    void errorsBlockSavingAndNothingIsWritten() {
        int audit = f.audit.count(f.db);
        FibreProject tooMany = new FibreProject(java.util.UUID.randomUUID(), "Zu groß", "15003", List.of("15003000"),
                null, FundingModel.EIGENWIRTSCHAFTLICH, Programme.KEINES, "X", 10_000_000, 0, 0, Funding.UNKNOWN,
                false, ProjectStatus.ABGESCHLOSSEN, null, null, null, null, List.of(), null, false, 0);
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> f.projects.create(tooMany));
        assertTrue(e.issues().contains(ValidationIssue.error("households",
                "Anzuschließende Haushalte (10.000.000) übersteigen die Haushalte der betroffenen Gemeinden (125.034).")),
                e.issues().toString());
        assertTrue(e.issues().contains(ValidationIssue.error("actual_completion",
                "Abgeschlossen erfordert ein tatsächliches Fertigstellungsdatum.")), e.issues().toString());
        assertTrue(e.issues().contains(ValidationIssue.warning("area",
                "Ausbaugebiet fehlt (Fläche zeichnen oder als GeoJSON importieren).")), e.issues().toString());
        assertEquals(audit, f.audit.count(f.db));
        assertTrue(f.projects.all().isEmpty());
        assertFalse(f.projects.canUndo());
    }

    @Test
    void statusMayNotSkipStepsOnUpdateAndGemeindenMustBelongToTheKreis() {
        FibreProject created = f.projects.create(FibreFixture.magdeburgProject("Sprung"));
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> f.projects.update(
                created.withStatus(ProjectStatus.ABGESCHLOSSEN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))));
        assertEquals(List.of(ValidationIssue.error("status", "Status kann nicht von „Förderbescheid“ zu „Abgeschlossen“ "
                + "wechseln (erlaubt: Bau, Abgebrochen).")), e.issues());
        assertEquals(ProjectStatus.FOERDERBESCHEID, f.projects.find(created.id()).orElseThrow().status());

        FibreProject wrongKreis = new FibreProject(java.util.UUID.randomUUID(), "Falscher Kreis", "15003",
                List.of("15001000"), null, FundingModel.EIGENWIRTSCHAFTLICH, Programme.KEINES, "X", 10, 0, 0,
                new Funding(new BigDecimal("1000"), null, null, null, new BigDecimal("1000")), false,
                ProjectStatus.MARKTERKUNDUNG, null, null, null, null, List.of(), null, false, 0);
        assertTrue(f.projects.validate(wrongKreis).contains(ValidationIssue.error("gemeinden",
                "Gemeinde Dessau-Roßlau liegt nicht im Kreis Magdeburg.")));
    }

    @Test
    void aValidProjectHasNoIssuesAndMismatchesAreWarnings() {
        FibreProject ok = FibreFixture.magdeburgProject("Passt");
        assertEquals(List.of(), f.projects.validate(ok));
        FibreProject elsewhere = ok.withArea(ProjectAreas.fromGeoJson("weit.geojson", "{\"type\":\"Polygon\","
                + "\"coordinates\":[[[11.95,51.47],[12.0,51.47],[11.97,51.5],[11.95,51.47]]]}")); // Halle, not Magdeburg
        assertEquals(List.of(ValidationIssue.warning("area", "Ausbaugebiet liegt in keiner der angegebenen Gemeinden.")),
                f.projects.validate(elsewhere));
        FibreProject created = f.projects.create(elsewhere);
        assertTrue(f.projects.find(created.id()).isPresent(), "warnings do not block saving");
    }

    @Test
    void aStaleVersionIsRefused() {
        FibreProject created = f.projects.create(FibreFixture.magdeburgProject("Parallel"));
        f.projects.update(created.withName("Parallel A"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> f.projects.update(created.withName("Parallel B")));
        assertTrue(e.getMessage().contains("inzwischen geändert"), e.getMessage());
    }
}
