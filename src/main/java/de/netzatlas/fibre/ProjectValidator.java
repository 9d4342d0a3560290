package de.netzatlas.fibre;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Checks a project before it is saved. Errors (block saving): missing name or Gemeinden, Gemeinden
 * outside the Kreis, shares not adding up to the cost, a status jump the process does not allow,
 * completion without an actual date, more households to connect than the Gemeinden have.
 * Warnings (shown): a Bund share above 50 % (70 % in economically weak areas), missing area.
 */
public final class ProjectValidator {

    static final BigDecimal BUND_LIMIT = new BigDecimal("0.50");
    static final BigDecimal BUND_LIMIT_WEAK_AREA = new BigDecimal("0.70");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /**
     * An area may cross the Land's border by this share of its surface (the VG250 outline is drawn at
     * 1:250 000, so a border-following area drawn on a detailed map crosses it by a few metres).
     */
    static final double MAX_SHARE_OUTSIDE_LAND = 0.02;

    private final RegionService regions;

    public ProjectValidator(RegionService regions) {
        this.regions = regions;
    }

    /** All issues of {@code project}; {@code previous} is the stored state for an update. */
    public List<ValidationIssue> validate(FibreProject project, Optional<FibreProject> previous) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (project.name() == null || project.name().isBlank()) {
            issues.add(ValidationIssue.error("name", "Name fehlt."));
        }
        checkRegions(project, issues);
        issues.addAll(checkFunding(project.funding(), project.weakArea()));
        checkStatus(project, previous, issues);
        checkFit(project, issues);
        return issues;
    }

    /** Warnings where model, programme, shares and area do not fit together. */
    private void checkFit(FibreProject p, List<ValidationIssue> issues) {
        double outside = p.area() == null ? 0 : regions.shareOutsideLand(p.area());
        if (outside > MAX_SHARE_OUTSIDE_LAND) {
            String where = regions.pointOutsideLand(p.area())
                    .map(c -> String.format(java.util.Locale.GERMANY, " (z. B. bei %.5f° N, %.5f° O)", c.y, c.x)).orElse("");
            issues.add(ValidationIssue.error("area", outside >= 1 ? "Ausbaugebiet liegt außerhalb Sachsen-Anhalts" + where + "."
                    : String.format(java.util.Locale.GERMANY, "Ausbaugebiet liegt zu %.0f %% außerhalb Sachsen-Anhalts", outside * 100)
                            + where + "."));
        }
        if (p.area() == null) {
            issues.add(ValidationIssue.warning("area", "Ausbaugebiet fehlt (Fläche zeichnen oder als GeoJSON importieren)."));
        } else if (!p.gemeinden().isEmpty() && p.gemeinden().stream().map(regions::boundary)
                .flatMap(Optional::stream).noneMatch(b -> b.intersects(p.area()))) {
            issues.add(ValidationIssue.warning("area", "Ausbaugebiet liegt in keiner der angegebenen Gemeinden."));
        }
        if (p.model() == FundingModel.EIGENWIRTSCHAFTLICH) {
            Funding f = p.funding();
            if (Funding.nz(f.bund()).signum() > 0 || Funding.nz(f.land()).signum() > 0 || Funding.nz(f.kommune()).signum() > 0) {
                issues.add(ValidationIssue.warning("model", "Eigenwirtschaftlicher Ausbau mit Anteilen von Bund, Land "
                        + "oder Kommune – Modell oder Finanzierung prüfen."));
            }
            if (p.programme() != null && p.programme() != Programme.KEINES) {
                issues.add(ValidationIssue.warning("programme", "Eigenwirtschaftlicher Ausbau mit Förderprogramm „"
                        + p.programme().label() + "“ – Modell oder Programm prüfen."));
            }
        } else if (p.model() != null && p.programme() == Programme.KEINES) {
            issues.add(ValidationIssue.warning("programme", "Geförderter Ausbau ohne Förderprogramm."));
        }
        if (p.model() == null || p.programme() == null) {
            issues.add(ValidationIssue.error(p.model() == null ? "model" : "programme",
                    (p.model() == null ? "Ausbaumodell" : "Förderprogramm") + " fehlt."));
        }
    }

    private void checkRegions(FibreProject p, List<ValidationIssue> issues) {
        Optional<Region> kreis = Optional.ofNullable(p.kreisAgs()).flatMap(regions::byAgs)
                .filter(r -> r.level() == RegionLevel.KREIS);
        if (p.kreisAgs() == null || p.kreisAgs().isBlank()) {
            issues.add(ValidationIssue.error("kreis", "Kreis fehlt."));
        } else if (kreis.isEmpty()) {
            issues.add(ValidationIssue.error("kreis", "Kreis „" + p.kreisAgs() + "“ ist kein Kreis in Sachsen-Anhalt."));
        }
        if (p.gemeinden().isEmpty()) {
            issues.add(ValidationIssue.error("gemeinden", "Mindestens eine Gemeinde angeben."));
        }
        long households = 0;
        for (String ags : p.gemeinden()) {
            Optional<Region> g = regions.byAgs(ags).filter(r -> r.level() == RegionLevel.GEMEINDE);
            if (g.isEmpty()) {
                issues.add(ValidationIssue.error("gemeinden", "Gemeinde „" + ags + "“ gibt es nicht."));
                continue;
            }
            if (kreis.isPresent() && !kreis.get().ags().equals(g.get().parentAgs())) {
                issues.add(ValidationIssue.error("gemeinden", "Gemeinde " + g.get().name()
                        + " liegt nicht im Kreis " + kreis.get().name() + "."));
            }
            households += regions.households(g.get()).map(h -> h.value()).orElse(0L);
        }
        if (p.households() < 0 || p.businesses() < 0 || p.schools() < 0) {
            issues.add(ValidationIssue.error("households", "Anzuschließende Haushalte, Unternehmen und Schulen dürfen nicht negativ sein."));
        }
        if (!p.gemeinden().isEmpty() && p.households() > households) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.GERMANY);
            issues.add(ValidationIssue.error("households", "Anzuschließende Haushalte (" + n.format(p.households())
                    + ") übersteigen die Haushalte der betroffenen Gemeinden (" + n.format(households) + ")."));
        }
    }

    /** Shares add up to the cost; the Bund share stays within 50 % (70 % in weak areas). */
    public static List<ValidationIssue> checkFunding(Funding f, boolean weakArea) {
        List<ValidationIssue> issues = new ArrayList<>();
        String[] fields = {"cost_total", "share_bund", "share_land", "share_kommune", "share_operator"};
        String[] labels = {"Gesamtkosten", "Anteil Bund", "Anteil Land", "Anteil Kommune", "Anteil Betreiber"};
        BigDecimal[] values = {f.costTotal(), f.bund(), f.land(), f.kommune(), f.operator()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].signum() < 0) {
                issues.add(ValidationIssue.error(fields[i], labels[i] + " darf nicht negativ sein."));
            }
        }
        BigDecimal shares = f.sharesTotal();
        if (f.costTotal() == null) {
            if (shares.signum() != 0) {
                issues.add(ValidationIssue.error("cost_total", "Gesamtkosten fehlen, obwohl Anteile ("
                        + euros(shares) + ") angegeben sind."));
            }
            return issues;
        }
        if (shares.subtract(f.costTotal()).abs().compareTo(CENT) >= 0) {
            issues.add(ValidationIssue.error("cost_total", "Die Anteile Bund, Land, Kommune und Betreiber ergeben "
                    + euros(shares) + ", die Gesamtkosten sind aber " + euros(f.costTotal()) + "."));
        }
        BigDecimal limit = weakArea ? BUND_LIMIT_WEAK_AREA : BUND_LIMIT;
        if (f.bund() != null && f.costTotal().signum() > 0
                && f.bund().compareTo(f.costTotal().multiply(limit)) > 0) {
            BigDecimal percent = f.bund().multiply(BigDecimal.valueOf(100))
                    .divide(f.costTotal(), 1, RoundingMode.HALF_UP);
            issues.add(ValidationIssue.warning("share_bund", "Anteil Bund " + percent.toPlainString().replace('.', ',')
                    + " % liegt über der Förderquote von " + limit.movePointRight(2).intValue() + " %"
                    + (weakArea ? " (wirtschaftlich schwaches Gebiet)." : " (70 % nur in wirtschaftlich schwachen Gebieten).")));
        }
        return issues;
    }

    private static void checkStatus(FibreProject p, Optional<FibreProject> previous, List<ValidationIssue> issues) {
        if (p.status() == null) {
            issues.add(ValidationIssue.error("status", "Status fehlt."));
            return;
        }
        previous.map(FibreProject::status).filter(old -> !old.canMoveTo(p.status())).ifPresent(old ->
                issues.add(ValidationIssue.error("status", "Status kann nicht von „" + old.label() + "“ zu „"
                        + p.status().label() + "“ wechseln" + allowed(old) + ".")));
        if (p.status() == ProjectStatus.ABGESCHLOSSEN && p.actualCompletion() == null) {
            issues.add(ValidationIssue.error("actual_completion",
                    "Abgeschlossen erfordert ein tatsächliches Fertigstellungsdatum."));
        }
        if (p.start() != null && p.plannedCompletion() != null && p.plannedCompletion().isBefore(p.start())) {
            issues.add(ValidationIssue.error("planned_completion", "Geplante Fertigstellung liegt vor dem Baubeginn."));
        }
    }

    private static String allowed(ProjectStatus old) {
        if (old.next().isEmpty()) {
            return " (ein abgeschlossenes oder abgebrochenes Projekt bleibt es)";
        }
        return " (erlaubt: " + String.join(", ", old.next().stream().map(ProjectStatus::label).toList()) + ")";
    }

    static String euros(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value) + " €";
    }
}
