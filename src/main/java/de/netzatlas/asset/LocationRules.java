package de.netzatlas.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Where an asset is: derives the Gemeinde from the point (point-in-polygon via
 * {@link RegionService#regionAt}) when none is given, and checks that the point lies in
 * Sachsen-Anhalt and the AGS is a known Gemeinde. Thread-safe (stateless over the region service).
 */
public final class LocationRules {

    /** Field name of the position in issues (the CSV columns {@code lat} and {@code lon}). */
    public static final String LOCATION = "lat/lon";
    /** Field name of the Gemeinde in issues (the CSV column). */
    public static final String GEMEINDE = "gemeinde_ags";

    private final RegionService regions;

    public LocationRules(RegionService regions) {
        this.regions = regions;
    }

    /** The Gemeinde at the point, or empty outside Sachsen-Anhalt. */
    public Optional<Region> gemeindeAt(GeoPoint point) {
        if (point == null || !point.isValidWgs84()) {
            return Optional.empty();
        }
        return regions.regionAt(point.lat(), point.lon());
    }

    /** {@code givenAgs} if one is given, else the AGS of the Gemeinde at the point (null if none). */
    public String gemeindeFor(GeoPoint point, String givenAgs) {
        if (givenAgs != null && !givenAgs.isBlank()) {
            return givenAgs.trim();
        }
        return gemeindeAt(point).map(Region::ags).orElse(null);
    }

    /** The Kreis (AGS) a Gemeinde belongs to, if the Gemeinde is known. */
    public Optional<String> kreisOf(String gemeindeAgs) {
        return gemeinde(gemeindeAgs).map(Region::parentAgs);
    }

    public Optional<Region> gemeinde(String ags) {
        return ags == null ? Optional.empty()
                : regions.byAgs(ags).filter(r -> r.level() == RegionLevel.GEMEINDE);
    }

    /**
     * Errors: position missing or outside Sachsen-Anhalt, Gemeinde missing or unknown. Warning: the
     * position lies in another Gemeinde than the one given.
     */
    public List<ValidationIssue> check(GeoPoint point, String gemeindeAgs) {
        List<ValidationIssue> issues = new ArrayList<>();
        Optional<Region> at = Optional.empty();
        if (point == null) {
            issues.add(ValidationIssue.error(LOCATION, "Standort (Breite/Länge) fehlt."));
        } else if (!point.isValidWgs84()) {
            issues.add(ValidationIssue.error(LOCATION, "Standort " + point.toGerman()
                    + " ist keine gültige WGS84-Koordinate (Breite −90…90, Länge −180…180)."));
        } else {
            at = regions.regionAt(point.lat(), point.lon());
            if (at.isEmpty()) {
                issues.add(ValidationIssue.error(LOCATION, "Standort " + point.toGerman()
                        + " liegt außerhalb Sachsen-Anhalts."));
            }
        }
        if (gemeindeAgs == null || gemeindeAgs.isBlank()) {
            if (at.isEmpty()) {
                issues.add(ValidationIssue.error(GEMEINDE, "Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen)."));
            }
            return issues;
        }
        Optional<Region> given = gemeinde(gemeindeAgs.trim());
        if (given.isEmpty()) {
            issues.add(ValidationIssue.error(GEMEINDE, "Unbekannter Gemeindeschlüssel „" + gemeindeAgs.trim()
                    + "“ (keine Gemeinde in Sachsen-Anhalt)."));
        } else if (at.isPresent() && !at.get().ags().equals(given.get().ags())) {
            issues.add(ValidationIssue.warning(GEMEINDE, "Der Standort liegt in " + at.get().name() + " ("
                    + at.get().ags() + "), nicht in " + given.get().name() + " (" + given.get().ags() + ")."));
        }
        return issues;
    }
}
