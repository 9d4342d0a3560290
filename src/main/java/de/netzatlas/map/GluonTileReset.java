package de.netzatlas.map;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

import com.gluonhq.maps.MapView;

import javafx.scene.Group;

/**
 * Makes a Gluon {@link MapView} load its tiles again after the basemap changed. Gluon Maps
 * 2.0.0-ea+6 keeps loaded tiles per zoom level and offers no public way to drop them, so this
 * reaches into its private fields; if a later Gluon version changes them, switching the basemap
 * still works for every tile loaded afterwards (after zooming or panning) and nothing breaks.
 */
public final class GluonTileReset {

    private static final System.Logger LOG = System.getLogger(GluonTileReset.class.getName());

    private GluonTileReset() {
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
