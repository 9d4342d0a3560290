package de.netzatlas.map;

import java.net.URI;
import java.util.Locale;

/**
 * The OpenStreetMap Foundation's tile usage policy, as far as Netzatlas is concerned: its servers
 * are run by volunteers on donations and bulk downloading ("prefetching") is not allowed, so a
 * prefetch from them is limited to a small area; own or commercial tile servers are unlimited.
 */
public final class OsmTilePolicy {

    /** At most this many tiles per prefetch from the OSM servers. */
    public static final int MAX_PREFETCH_TILES = 250;

    private OsmTilePolicy() {
    }

    public static boolean isOsmServer(String template) {
        try {
            String host = URI.create(template.replace("{", "").replace("}", "")).getHost();
            host = host == null ? "" : host.toLowerCase(Locale.ROOT);
            return host.equals("openstreetmap.org") || host.endsWith(".openstreetmap.org")
                    || host.endsWith(".openstreetmap.fr") || host.endsWith(".openstreetmap.de");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Null if allowed, else the German reason. */
    public static String refusal(String template, long tilesToDownload) {
        if (!isOsmServer(template) || tilesToDownload <= MAX_PREFETCH_TILES) {
            return null;
        }
        return "Von den OpenStreetMap-Servern werden höchstens " + MAX_PREFETCH_TILES + " Kacheln auf einmal "
                + "vorab geladen (hier " + tilesToDownload + "). Die Server werden von Freiwilligen aus Spenden "
                + "betrieben; ihre Nutzungsbedingungen (Tile Usage Policy) verbieten das massenhafte Herunterladen. "
                + "Bitte einen kleineren Bereich oder weniger Zoomstufen wählen – oder einen eigenen Kachelserver "
                + "bzw. eine MBTiles-Datei verwenden.";
    }
}
