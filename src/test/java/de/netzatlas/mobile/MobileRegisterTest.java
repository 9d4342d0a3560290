package de.netzatlas.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.AssetValidationException;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.region.RegionRepository;
import de.netzatlas.region.RegionSeeder;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

class MobileRegisterTest {

    @TempDir
    Path dir;

    private Database db;
    private AuditLog audit;
    private MobileRegister register;

    @BeforeEach
    void open() {
        Clock clock = Clock.systemUTC();
        db = Database.open(dir.resolve("mobile.mv.db"));
        audit = new AuditLog();
        RegionRepository regionRepository = new RegionRepository(db, audit, clock);
        new RegionSeeder(db, regionRepository, clock).seedIfEmpty("test");
        RegionService regions = new RegionService(regionRepository, () -> 1.9);
        register = MobileRegister.create(db, regions, audit, clock, () -> "planerin");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A 5G site on air in Magdeburg (Alter Markt), Gemeinde left for the service to derive. */
    static MobileSite magdeburg(String identifier) {
        return new MobileSite(UUID.randomUUID(), identifier, MobileOperator.TELEKOM, RadioTechnology.NR,
                EnumSet.of(FrequencyBand.B3600), new GeoPoint(52.13153, 11.62880), "15003000", null, false,
                StatusHistory.of(MobileSiteStatus.GEPLANT, LocalDate.of(2021, 2, 1))
                        .then(MobileSiteStatus.GENEHMIGUNG, LocalDate.of(2021, 6, 1))
                        .then(MobileSiteStatus.IM_BAU, LocalDate.of(2022, 9, 1))
                        .then(MobileSiteStatus.IN_BETRIEB, LocalDate.of(2023, 3, 15)),
                LocalDate.of(2021, 2, 1), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 9, 1),
                LocalDate.of(2023, 3, 15), null, null, false, 0);
    }

    private static String errors(List<ValidationIssue> issues) {
        return issues.stream().filter(ValidationIssue::isError).map(i -> i.field() + ": " + i.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aValidSiteIsSavedAuditedAndCountsForCoverage() {
        MobileSite saved = register.sites().create(magdeburg("TDG-1"));
        assertEquals(1, saved.version());
        assertEquals(1, audit.history(db, MobileSiteKind.TABLE, saved.id().toString()).size());
        MobileSite read = register.all().get(0);
        assertEquals(4, read.history().size());
        assertEquals(MobileSiteStatus.IN_BETRIEB, read.status());
        CoverageFigures f = register.coverageFigures();
        double expected = Math.PI * 0.35 * 0.35; // Magdeburg is städtisch: 3600 MHz → 0,35 km
        assertEquals(expected, f.kreis("15003").orElseThrow().nrKm2(), expected * 0.01);
        assertEquals(0, f.land().lteKm2(), 1e-9);
    }

    @Test
    void validationNamesTheFieldInGerman() {
        MobileSite outside = magdeburg("X-1").at(new GeoPoint(52.52, 13.40), null);
        assertEquals("lat/lon: Standort 52,52000 / 13,40000 liegt außerhalb Sachsen-Anhalts.\n"
                + "gemeinde_ags: Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen).",
                errors(register.sites().validate(outside)));
        MobileSite s = magdeburg("X-2");
        MobileSite datesReversed = new MobileSite(s.id(), s.identifier(), s.operator(), s.technology(), s.bands(),
                s.location(), s.gemeindeAgs(), null, false, s.history(), LocalDate.of(2021, 2, 1),
                LocalDate.of(2020, 1, 10), null, null, null, null, false, 0);
        assertEquals("genehmigung: Genehmigung (10.01.2020) liegt vor Antrag (01.02.2021).",
                errors(register.sites().validate(datesReversed)));
        register.sites().create(magdeburg("TDG-7"));
        AssetValidationException e = assertThrows(AssetValidationException.class,
                () -> register.sites().create(magdeburg("tdg-7")));
        assertEquals("kennung: Kennung „tdg-7“ ist bereits an einen anderen Standort vergeben.", errors(e.issues()));
    }

    @Test
    void statusMayOnlyMoveOneStep() {
        MobileSite planned = magdeburg("TEF-1").withHistory(StatusHistory.of(MobileSiteStatus.GEPLANT, null));
        planned = new MobileSite(planned.id(), planned.identifier(), planned.operator(), planned.technology(),
                planned.bands(), planned.location(), planned.gemeindeAgs(), null, false, planned.history(),
                null, null, null, null, null, null, false, 0);
        MobileSite saved = register.sites().create(planned);
        MobileSite jump = saved.withHistory(saved.history().then(MobileSiteStatus.IN_BETRIEB, null));
        AssetValidationException e = assertThrows(AssetValidationException.class, () -> register.sites().update(jump));
        assertEquals("status: Status kann nicht von „geplant“ zu „in Betrieb“ wechseln (erlaubt: Genehmigung).",
                errors(e.issues()));
        MobileSite step = saved.withHistory(saved.history().then(MobileSiteStatus.GENEHMIGUNG, null));
        assertEquals(MobileSiteStatus.GENEHMIGUNG, register.sites().update(step).status());
    }

    @Test
    void movingASiteDerivesTheGemeindeUpdatesCoverageAndUndoRestoresIt() {
        MobileSite saved = register.sites().create(magdeburg("VF-1"));
        double before = register.coverageFigures().kreis("15003").orElseThrow().nrKm2();
        MobileSite moved = register.sites().move(saved.id(), new GeoPoint(51.48158, 11.97947)); // Halle
        assertEquals("15002000", moved.gemeindeAgs());
        CoverageFigures after = register.coverageFigures();
        assertEquals(0, after.kreis("15003").orElseThrow().nrKm2(), 1e-9);
        assertEquals(before, after.kreis("15002").orElseThrow().nrKm2(), before * 0.01);
        assertEquals("Mobilfunkstandort verschoben: VF-1", register.sites().undo().orElseThrow());
        MobileSite back = register.all().get(0);
        assertEquals(52.13153, back.location().lat(), 1e-9);
        assertEquals("15003000", back.gemeindeAgs());
        assertEquals(before, register.coverageFigures().kreis("15003").orElseThrow().nrKm2(), 1e-9);
    }

    @Test
    void demoDataAreDeterministicFlaggedAndRemovedExactly() {
        register.sites().create(magdeburg("REAL-1"));
        assertEquals(MobileDemoGenerator.COUNT, register.loadDemo());
        List<MobileSite> all = register.all();
        assertEquals(MobileDemoGenerator.COUNT + 1, all.size());
        assertTrue(register.hasDemo());
        assertEquals(4, all.stream().filter(MobileSite::demo).map(MobileSite::operator)
                .filter(o -> o != MobileOperator.MIG).distinct().count());
        List<MobileSite> again = new MobileDemoGenerator(new de.netzatlas.asset.LocationRules(
                new RegionService(new RegionRepository(db, audit, Clock.systemUTC()), () -> 1.9)),
                MobileRegister.DEMO_SEED).generate();
        assertEquals(all.stream().filter(MobileSite::demo).map(MobileSite::identifier).sorted().toList(),
                again.stream().map(MobileSite::identifier).sorted().toList());
        CoverageFigures f = register.coverageFigures();
        assertTrue(f.land().lteShare() > 0.5 && f.land().whiteKm2() > 0, f.land().toString());
        assertEquals(MobileDemoGenerator.COUNT, register.removeDemo());
        assertEquals(List.of("REAL-1"), register.all().stream().map(MobileSite::identifier).toList());
    }
}
