package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Status transitions and funding rules (pure, no database). */
class ProjectRulesTest {

    @Test
    void statusMovesOnlyOneStepForwardOrToAbgebrochen() {
        assertTrue(ProjectStatus.MARKTERKUNDUNG.canMoveTo(ProjectStatus.AUSWAHLVERFAHREN));
        assertTrue(ProjectStatus.AUSWAHLVERFAHREN.canMoveTo(ProjectStatus.FOERDERBESCHEID));
        assertTrue(ProjectStatus.FOERDERBESCHEID.canMoveTo(ProjectStatus.BAU));
        assertTrue(ProjectStatus.BAU.canMoveTo(ProjectStatus.ABGESCHLOSSEN));
        assertTrue(ProjectStatus.BAU.canMoveTo(ProjectStatus.BAU));
        for (ProjectStatus open : EnumSet.range(ProjectStatus.MARKTERKUNDUNG, ProjectStatus.BAU)) {
            assertTrue(open.canMoveTo(ProjectStatus.ABGEBROCHEN), open.name());
        }
        assertFalse(ProjectStatus.MARKTERKUNDUNG.canMoveTo(ProjectStatus.BAU), "no skipping");
        assertFalse(ProjectStatus.MARKTERKUNDUNG.canMoveTo(ProjectStatus.ABGESCHLOSSEN));
        assertFalse(ProjectStatus.BAU.canMoveTo(ProjectStatus.FOERDERBESCHEID), "no going back");
        assertFalse(ProjectStatus.ABGESCHLOSSEN.canMoveTo(ProjectStatus.BAU));
        assertFalse(ProjectStatus.ABGEBROCHEN.canMoveTo(ProjectStatus.MARKTERKUNDUNG));
        assertFalse(ProjectStatus.ABGESCHLOSSEN.canMoveTo(ProjectStatus.ABGEBROCHEN));
    }

    private static Funding funding(String cost, String bund, String land, String kommune, String operator) {
        return new Funding(cost == null ? null : new BigDecimal(cost), bund == null ? null : new BigDecimal(bund),
                land == null ? null : new BigDecimal(land), kommune == null ? null : new BigDecimal(kommune),
                operator == null ? null : new BigDecimal(operator));
    }

    @Test
    void sharesThatAddUpToTheCostWithinTheFundingRateAreFine() {
        assertEquals(List.of(), ProjectValidator.checkFunding(funding("1000000", "500000", "400000", "0", "100000"), false));
        assertEquals(List.of(), ProjectValidator.checkFunding(Funding.UNKNOWN, false), "cost not yet known");
    }

    @Test
    void sharesNotAddingUpToTheCostAreAnErrorNamingBothSums() {
        List<ValidationIssue> issues = ProjectValidator.checkFunding(
                funding("1000000", "500000", "400000", "0", "50000"), false);
        assertEquals(List.of(ValidationIssue.error("cost_total", "Die Anteile Bund, Land, Kommune und Betreiber "
                + "ergeben 950.000,00 €, die Gesamtkosten sind aber 1.000.000,00 €.")), issues);
    }

    @Test
    void bundShareAbove50PercentIsFlaggedUnlessTheAreaIsEconomicallyWeak() {
        Funding sixty = funding("1000000", "600000", "300000", "0", "100000");
        assertEquals(List.of(ValidationIssue.warning("share_bund", "Anteil Bund 60,0 % liegt über der Förderquote "
                + "von 50 % (70 % nur in wirtschaftlich schwachen Gebieten).")), ProjectValidator.checkFunding(sixty, false));
        assertEquals(List.of(), ProjectValidator.checkFunding(sixty, true));
        Funding seventyFive = funding("1000000", "750000", "150000", "0", "100000");
        assertEquals(List.of(ValidationIssue.warning("share_bund", "Anteil Bund 75,0 % liegt über der Förderquote "
                + "von 70 % (wirtschaftlich schwaches Gebiet).")), ProjectValidator.checkFunding(seventyFive, true));
    }

    @Test
    void negativeSharesAndSharesWithoutCostAreErrors() {
        List<ValidationIssue> issues = ProjectValidator.checkFunding(funding(null, "-5", null, null, null), false);
        assertTrue(issues.contains(ValidationIssue.error("share_bund", "Anteil Bund darf nicht negativ sein.")), issues.toString());
        assertTrue(issues.contains(ValidationIssue.error("cost_total",
                "Gesamtkosten fehlen, obwohl Anteile (-5,00 €) angegeben sind.")), issues.toString());
    }
}
