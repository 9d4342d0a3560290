package de.netzatlas.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.AssetFixture;
import de.netzatlas.asset.AssetValidationException;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;

class SchoolServiceTest {

    @TempDir
    Path dir;
    AssetFixture f;
    SchoolRepository repository;
    SchoolService service;

    @BeforeEach
    void open() {
        f = new AssetFixture(dir);
        repository = new SchoolRepository(f.db, f.clock, f.statuses);
        service = new SchoolService(f.db, repository, new SchoolValidator(f.locations, repository::findAll), f.locations,
                f.audit, f.clock, () -> "planerin");
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A planned school in Halle (Saale) without a Gemeinde: the service must not need one. */
    static School halleSchool(String nummer, String ags) {
        return new School(UUID.randomUUID(), nummer, "Grundschule am Markt", SchoolType.GRUNDSCHULE, "Stadt Halle (Saale)",
                "Marktplatz 1", ags, new GeoPoint(51.4825, 11.9697), 210, 50, 10, 1000, 200,
                StatusHistory.of(SchoolStatus.GEPLANT, LocalDate.of(2024, 1, 10)), Technology.DSL,
                LocalDate.of(2025, 6, 30), null, new BigDecimal("80000.00"), FundingSource.LAND, WlanStatus.TEILWEISE,
                null, false, 0);
    }

    private School withDerivedGemeinde(School s) {
        return s.withLocation(s.location(), f.locations.gemeindeFor(s.location(), s.gemeindeAgs()));
    }

    private List<String> errors(School s) {
        return service.validate(s).stream().filter(ValidationIssue::isError).map(ValidationIssue::toString).toList();
    }

    @Test
    void gemeindeOfASchoolInHalleIsDerivedFromItsLocation() {
        School saved = service.create(withDerivedGemeinde(halleSchool("10001", null)));
        assertEquals("15002000", saved.gemeindeAgs());
        School stored = service.all().get(0);
        assertEquals("15002000", stored.gemeindeAgs());
        assertEquals(saved.history(), stored.history());
        assertEquals(1, stored.version());
    }

    @Test
    void validationNamesTheFieldInGerman() {
        School base = withDerivedGemeinde(halleSchool("10001", null));
        service.create(base);
        assertEquals(List.of("Fehler schulnummer: Schulnummer „10001“ ist bereits vergeben (Grundschule am Markt)."),
                errors(withDerivedGemeinde(halleSchool("10001", null))));
        assertEquals(List.of("Fehler gemeinde_ags: Unbekannter Gemeindeschlüssel „15099999“ (keine Gemeinde in Sachsen-Anhalt)."),
                errors(halleSchool("10002", "15099999")));
        School berlin = halleSchool("10003", "15002000").withLocation(new GeoPoint(52.52, 13.405), "15002000");
        assertEquals(List.of("Fehler lat/lon: Standort 52,52000 / 13,40500 liegt außerhalb Sachsen-Anhalts."), errors(berlin));
        School early = new School(UUID.randomUUID(), "10004", "Schule", SchoolType.GYMNASIUM, null, null, "15002000",
                new GeoPoint(51.4825, 11.9697), null, null, null, 1000, 200,
                StatusHistory.of(SchoolStatus.GEPLANT, LocalDate.of(2024, 1, 10)), null, LocalDate.of(2023, 6, 1), null,
                null, null, null, null, false, 0);
        assertEquals(List.of("Fehler plan_anschluss: Geplanter Anschluss (01.06.2023) liegt vor Aufnahme in die Planung (10.01.2024)."),
                errors(early));
        School connectedWithoutDate = halleSchool("10005", "15002000").withStatus(SchoolStatus.BEAUFTRAGT,
                LocalDate.of(2024, 3, 1), null, 50, 10);
        connectedWithoutDate = connectedWithoutDate.withHistory(connectedWithoutDate.history()
                .then(SchoolStatus.IM_BAU, LocalDate.of(2024, 5, 1)).then(SchoolStatus.ANGESCHLOSSEN, null));
        assertEquals(List.of("Fehler ist_anschluss: Status „angeschlossen“ erfordert das Datum des Anschlusses."),
                errors(connectedWithoutDate));
    }

    @Test
    void statusMovesOneStepAlongTheLadderAndIsRecordedWithItsDate() {
        School s = service.create(withDerivedGemeinde(halleSchool("10001", null)));
        School ordered = service.update(s.withStatus(SchoolStatus.BEAUFTRAGT, LocalDate.of(2024, 4, 1), null, 50, 10));
        AssetValidationException jump = assertThrows(AssetValidationException.class, () -> service.update(
                ordered.withStatus(SchoolStatus.ANGESCHLOSSEN, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1), 1000, 200)));
        assertTrue(jump.getMessage().contains("Status kann nicht von „beauftragt“ zu „angeschlossen“ wechseln (erlaubt: geplant, im Bau)."),
                jump.getMessage());
        School building = service.update(ordered.withStatus(SchoolStatus.IM_BAU, LocalDate.of(2024, 6, 1), null, 50, 10));
        School done = service.update(building.withStatus(SchoolStatus.ANGESCHLOSSEN, LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 9, 1), 1000, 200));
        assertEquals(List.of(SchoolStatus.GEPLANT, SchoolStatus.BEAUFTRAGT, SchoolStatus.IM_BAU, SchoolStatus.ANGESCHLOSSEN),
                service.all().get(0).history().changes().stream().map(c -> c.status()).toList());
        assertTrue(done.hasGigabit());
        assertTrue(SchoolStatus.WORKFLOW.isFinal(SchoolStatus.ANGESCHLOSSEN));
        assertFalse(SchoolStatus.WORKFLOW.canMove(SchoolStatus.ANGESCHLOSSEN, SchoolStatus.IM_BAU));
    }

    @Test
    void undoRevertsMoveAndCreationWithAuditRows() {
        School s = service.create(withDerivedGemeinde(halleSchool("10001", null)));
        School moved = service.move(s.id(), new GeoPoint(52.1315, 11.6399));
        assertEquals("15003000", moved.gemeindeAgs());
        assertEquals("Schule verschoben: Grundschule am Markt", service.undo().orElseThrow());
        School back = service.all().get(0);
        assertEquals("15002000", back.gemeindeAgs());
        assertEquals(51.4825, back.location().lat(), 1e-9);
        assertEquals(SchoolStatus.GEPLANT, back.status());
        assertEquals("Schule angelegt: Grundschule am Markt", service.undo().orElseThrow());
        assertTrue(service.all().isEmpty());
        assertEquals(4, f.audit.history(f.db, SchoolKind.TABLE, s.id().toString()).size());
    }

    @Test
    void kpisCountSchoolsAndPupilsWithGigabitAndOverdueOnes() {
        School a = service.create(withDerivedGemeinde(halleSchool("1", null)));
        School b = withDerivedGemeinde(halleSchool("2", null));
        service.create(new School(UUID.randomUUID(), "2", "Gymnasium", SchoolType.GYMNASIUM, null, null, "15003000",
                new GeoPoint(52.1315, 11.6399), 790, 1000, 200, 1000, 200,
                StatusHistory.of(SchoolStatus.ANGESCHLOSSEN, LocalDate.of(2023, 1, 1)), Technology.GLASFASER, null,
                LocalDate.of(2023, 1, 1), null, null, null, null, false, 0));
        List<SchoolFigures.Row> rows = SchoolFigures.byKreis(service.all(), ags -> ags.substring(0, 5));
        assertEquals(List.of(new SchoolFigures.Row("15002", 1, 0, 210, 0), new SchoolFigures.Row("15003", 1, 1, 790, 790),
                new SchoolFigures.Row("15", 2, 1, 1000, 790)), rows);
        assertEquals(0.79, rows.get(2).pupilShare(), 1e-9);
        assertEquals(List.of(a.id()), SchoolFigures.overdue(service.all(), LocalDate.of(2025, 7, 1)).stream()
                .map(School::id).toList());
        assertEquals(List.of(a.id()), SchoolFigures.belowTarget(service.all()).stream().map(School::id).toList());
        assertEquals("2", b.schulnummer());
    }
}
