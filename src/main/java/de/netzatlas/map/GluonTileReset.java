package de.netzatlas.map;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

import com.gluonhq.maps.MapView;

import javafx.scene.Group;

/**
 * Makes a Gluon {@link MapView} load its tiles again after the basemap changed, and keeps the
 * tiles it holds bounded. Gluon Maps 2.0.0-ea+6 keeps every loaded tile per zoom level behind a
 * {@code SoftReference} and offers no public way to drop them, so this reaches into its private
 * fields; if a later Gluon version changes them, switching the basemap still works for every tile
 * loaded afterwards (after zooming or panning), the trimming just stops, and nothing breaks.
 */
public final class GluonTileReset {

    private static final System.Logger LOG = System.getLogger(GluonTileReset.class.getName());

    private GluonTileReset() {
    }

    /**
     * Soft references are only cleared when the heap runs short, so a minute of panning let Gluon
     * hold hundreds of megabytes of tiles that are no longer shown (measured with
     * {@code netzatlas bench pan}). After each change of the shown tiles this drops the ones not
     * shown once they outnumber the shown ones; they come back from Netzatlas's own bounded tile
     * cache (or are rendered again) when needed. Call once per map, on the FX thread.
     */
    public static void keepBounded(MapView map) {
        Group baseMap = baseMap(map);
        if (baseMap == null) {
            return;
        }
        boolean[] scheduled = {false};
        baseMap.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change -> {
            if (!scheduled[0]) {
                scheduled[0] = true;
                javafx.application.Platform.runLater(() -> {
                    scheduled[0] = false;
                    trim(baseMap);
                });
            }
        });
    }

    /** Drops the tiles Gluon holds but does not show, once they outnumber the shown ones; returns how many. */
    static int trim(Group baseMap) {
        try {
            Field tilesField = baseMap.getClass().getDeclaredField("tiles");
            tilesField.setAccessible(true);
            java.util.Set<javafx.scene.Node> shown = java.util.Collections.newSetFromMap(
                    new java.util.IdentityHashMap<>());
            shown.addAll(baseMap.getChildren());
            Map<?, ?>[] levels = (Map<?, ?>[]) tilesField.get(baseMap);
            int held = 0;
            for (Map<?, ?> level : levels) {
                held += level.size();
            }
            if (held <= 2 * shown.size() + KEEP_HIDDEN) {
                return 0;
            }
            int dropped = 0;
            for (Map<?, ?> level : levels) {
                java.util.Iterator<?> it = level.values().iterator();
                while (it.hasNext()) {
                    Object tile = ((java.lang.ref.Reference<?>) it.next()).get();
                    if (tile == null || !shown.contains(tile)) {
                        it.remove();
                        dropped++;
                    }
                }
            }
            return dropped;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Gluon-Kacheln nicht begrenzt", e);
            return 0;
        }
    }

    /** Hidden tiles tolerated beyond the shown ones before trimming (a zoom step's worth). */
    private static final int KEEP_HIDDEN = 64;

    private static Group baseMap(MapView map) {
        try {
            Field baseMapField = MapView.class.getDeclaredField("baseMap");
            baseMapField.setAccessible(true);
            return (Group) baseMapField.get(map);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Gluon-Kartengruppe nicht gefunden", e);
            return null;
        }
    }

    /** Drops the loaded tiles so that they are requested again from the active source (FX thread). */
    public static void reload(MapView map) {
        try {
            Field baseMapField = MapView.class.getDeclaredField("baseMap");
            baseMapField.setAccessible(true);
            Group baseMap = (Group) baseMapField.get(map);
            Field tilesField = baseMap.getClass().getDeclaredField("tiles");
            tilesField.setAccessible(true);
            for (Map<?, ?> level : (Map<?, ?>[]) tilesField.get(baseMap)) {
                level.clear();
            }
            baseMap.getChildren().removeIf(n -> n.getClass().getSimpleName().equals("MapTile"));
            Method markDirty = baseMap.getClass().getDeclaredMethod("markDirty");
            markDirty.setAccessible(true);
            markDirty.invoke(baseMap);
            map.requestLayout();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Gluon-Kacheln nicht neu geladen", e);
        }
    }
}
