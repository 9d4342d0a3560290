package de.netzatlas.sites;

/** Kind of ITN-XT site. */
public enum SiteClass {
    ZENTRALE("Zentrale"),
    HAUPTSTANDORT("Hauptstandort"),
    NEBENSTANDORT("Nebenstandort"),
    KOMMUNE("Kommune"),
    SCHULE("Schule");

    private final String label;

    SiteClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
