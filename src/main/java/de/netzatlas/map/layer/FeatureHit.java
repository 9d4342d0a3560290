package de.netzatlas.map.layer;

import java.util.List;

/**
 * A feature found under the cursor or in a selection rectangle: which layer, which feature, and
 * what the side panel shows about it (label plus "key: value" lines).
 */
public record FeatureHit(String layerId, String layerTitle, String featureId, String label, List<String> details) {
}
