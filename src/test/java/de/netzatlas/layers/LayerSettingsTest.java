package de.netzatlas.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzatlas.map.layer.FeatureStyle;
import de.netzatlas.map.layer.LayerManager;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.map.layer.StyleClass;
import de.netzatlas.map.layer.Symbol;

class LayerSettingsTest {

    static PointLayer layer(String id) {
        return new PointLayer(id, id, List.of(new StyleClass("x", "X", FeatureStyle.point(0xFF000000, Symbol.CIRCLE, 8))),
                "");
    }

    @Test
    void savedStateRestoresOrderVisibilityAndOpacityWithOneEvent() {
        LayerManager saved = new LayerManager();
        List.of("dichte", "fluesse", "orte").forEach(id -> saved.add(layer(id)));
        saved.move(saved.byId("orte").orElseThrow(), 0);
        saved.byId("dichte").orElseThrow().setVisible(false);
        saved.byId("fluesse").orElseThrow().setOpacity(0.4);
        String value = LayerSettings.encode(saved.layers());
        assertEquals("orte:1:1.00;dichte:0:1.00;fluesse:1:0.40", value);

        LayerManager restored = new LayerManager();
        List.of("dichte", "fluesse", "orte").forEach(id -> restored.add(layer(id)));
        List<LayerManager.Change> events = new ArrayList<>();
        restored.addListener((change, l) -> events.add(change));
        LayerSettings.apply(value + ";verschwunden:1:1.00;kaputt", restored);
        assertEquals(List.of("orte", "dichte", "fluesse"), restored.layers().stream().map(l -> l.id()).toList());
        assertFalse(restored.byId("dichte").orElseThrow().isVisible());
        assertTrue(restored.byId("orte").orElseThrow().isVisible());
        assertEquals(0.4, restored.byId("fluesse").orElseThrow().opacity(), 1e-9);
        assertEquals(List.of(LayerManager.Change.LAYERS), events, "bulk restore fires one event");
    }

    @Test
    void aLayerJoiningLaterGetsItsRememberedVisibilityAndOpacity() {
        PointLayer known = layer("mobil-standorte");
        assertTrue(LayerSettings.applyTo("orte:1:1.00;mobil-standorte:0:0.55", known));
        assertFalse(known.isVisible());
        assertEquals(0.55, known.opacity(), 1e-9);
        PointLayer unknown = layer("schulen");
        assertFalse(LayerSettings.applyTo("orte:1:1.00;mobil-standorte:0:0.55", unknown));
        assertTrue(unknown.isVisible(), "unchanged when the state does not know it");
        assertFalse(LayerSettings.applyTo(null, unknown));
    }
}
