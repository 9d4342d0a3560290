package de.netzatlas.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.asset.DateOrder;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.ValidationIssue;

/**
 * Checks an ITN-XT site before it is saved. Errors: name, class, bandwidth class or redundancy
 * missing, position outside Sachsen-Anhalt or unknown Gemeinde, a migration step the workflow does
 * not allow, "ITN-XT aktiv" without migration date, "zurückgebaut" without date, migration dates out
 * of order. Warning: telephony migrated while the site is still in the old network.
 */
public final class SiteValidator {

    private final LocationRules locations;

    public SiteValidator(LocationRules locations) {
        this.locations = locations;
    }

    public List<ValidationIssue> validate(ItnSite s, Optional<ItnSite> previous) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            issues.add(ValidationIssue.error("name", "Name des Standorts fehlt."));
        }
        if (s.siteClass() == null) {
            issues.add(ValidationIssue.error("klasse", "Standortklasse fehlt."));
        }
        if (s.bandwidth() == null) {
            issues.add(ValidationIssue.error("bandbreite", "Bandbreitenklasse fehlt."));
        }
        if (s.redundancy() == null) {
            issues.add(ValidationIssue.error("redundanz", "Redundanz fehlt."));
        }
        issues.addAll(locations.check(s.location(), s.gemeindeAgs()));
        previous.flatMap(p -> SiteStatus.WORKFLOW.checkStep("status", p.status(), s.status())).ifPresent(issues::add);
        issues.addAll(SiteStatus.WORKFLOW.checkHistory("status", s.history()));
        if (s.status() == SiteStatus.AKTIV && s.migrated() == null) {
            issues.add(ValidationIssue.error("migriert_am", "Status „ITN-XT aktiv“ erfordert das Migrationsdatum."));
        }
        if (s.status() == SiteStatus.ZURUECKGEBAUT && s.decommissioned() == null) {
            issues.add(ValidationIssue.error("rueckbau_am", "Status „zurückgebaut“ erfordert das Rückbaudatum."));
        }
        issues.addAll(DateOrder.inOrder(
                DateOrder.field("migration_beginn", "Migrationsbeginn", s.migrationStart()),
                DateOrder.field("migriert_am", "Migration abgeschlossen", s.migrated()),
                DateOrder.field("rueckbau_am", "Rückbau", s.decommissioned())));
        if (s.telephonyMigrated() && (s.status() == SiteStatus.ALTNETZ || s.status() == SiteStatus.GEPLANT)) {
            issues.add(ValidationIssue.warning("telefonie_migriert", "Telefonie als migriert angegeben, der Standort ist aber noch „"
                    + s.status().label() + "“."));
        }
        return issues.stream().distinct().toList();
    }
}
