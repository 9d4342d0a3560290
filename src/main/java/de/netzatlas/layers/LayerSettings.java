package de.netzatlas.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.LayerManager;

/**
 * The layer panel's state as one setting ({@value #KEY}): order bottom to top, visibility and
 * opacity, e.g. {@code dichte:1:0.75;fluesse:0:1.00;orte:1:1.00}. Unknown ids (a layer that no
 * longer exists) are skipped; layers missing from the setting keep their defaults.
 */
public final class LayerSettings {

    public static final String KEY = "karte.ebenen";

    private LayerSettings() {
    }

    public static String encode(List<FeatureLayer> layers) {
        List<String> parts = new ArrayList<>();
        for (FeatureLayer l : layers) {
            parts.add(l.id() + ':' + (l.isVisible() ? 1 : 0) + ':' + String.format(Locale.ROOT, "%.2f", l.opacity()));
        }
        return String.join(";", parts);
    }

    /** Applies a saved state to the manager's layers with one change event. */
    public static void apply(String saved, LayerManager manager) {
        if (saved == null || saved.isBlank()) {
            return;
        }
        manager.beginUpdate();
        try {
            int position = 0;
            for (String part : saved.split(";")) {
                String[] f = part.split(":");
                FeatureLayer layer = manager.byId(f[0].trim()).orElse(null);
                if (layer == null || f.length < 3) {
                    continue;
                }
                restore(f, layer);
                manager.move(layer, position++);
            }
        } finally {
            manager.endUpdate();
        }
    }

    /**
     * Gives one layer that joins the map later (e.g. a register's, once it has data) the
     * visibility and opacity it had in the saved state; returns false if the state does not know it.
     */
    public static boolean applyTo(String saved, FeatureLayer layer) {
        if (saved == null || saved.isBlank()) {
            return false;
        }
        for (String part : saved.split(";")) {
            String[] f = part.split(":");
            if (f.length >= 3 && f[0].trim().equals(layer.id())) {
                restore(f, layer);
                return true;
            }
        }
        return false;
    }

    /** Visibility and opacity from one saved entry {@code id:visible:opacity}. */
    private static void restore(String[] f, FeatureLayer layer) {
        layer.setVisible("1".equals(f[1].trim()));
        try {
            layer.setOpacity(Double.parseDouble(f[2].trim()));
        } catch (NumberFormatException e) {
            // keep the default opacity; a damaged setting must not stop the map
        }
    }
}
