package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceLabelsTest {

    static PlaceLabels labels;

    @BeforeAll
    static void load() {
        labels = BundledBasemap.labels(List.of());
    }

    @Test
    void labelsOfABlockOfNeighbouringTilesNeverOverlapAndAreNeverDuplicated() {
        for (int z : new int[] {8, 10, 12}) {
            // a 4 × 4 block of tiles around Halle (Saale)
            double worldPixels = WebMercator.worldPixels(z);
            long cx = (long) (WebMercator.worldX(11.97947) * worldPixels / 256);
            long cy = (long) (WebMercator.worldY(51.48158) * worldPixels / 256);
            List<PlaceLabels.Placed> drawn = new ArrayList<>();
            Set<PlaceLabels.Placed> distinct = new HashSet<>();
            for (long x = cx - 2; x < cx + 2; x++) {
                for (long y = cy - 2; y < cy + 2; y++) {
                    for (PlaceLabels.Placed p : labels.touching(z, new Rectangle2D.Double(x * 256, y * 256, 256, 256))) {
                        if (distinct.add(p)) {
                            drawn.add(p);
                        }
                    }
                }
            }
            assertFalse(drawn.isEmpty(), "labels at zoom " + z);
            for (int i = 0; i < drawn.size(); i++) {
                for (int k = i + 1; k < drawn.size(); k++) {
                    Rectangle2D a = drawn.get(i).worldBox(worldPixels);
                    Rectangle2D b = drawn.get(k).worldBox(worldPixels);
                    assertFalse(a.intersects(b), "zoom " + z + ": " + drawn.get(i).candidate().text() + " overlaps "
                            + drawn.get(k).candidate().text());
                }
            }
        }
    }

    @Test
    void labelsThinOutWhenZoomedOutAndBigTownsComeFirst() {
        int z6 = labels.placed(6).size();
        int z9 = labels.placed(9).size();
        int z12 = labels.placed(12).size();
        assertTrue(z6 < z9 && z9 < z12, z6 + " < " + z9 + " < " + z12);
        List<String> land = labels.placed(6).stream().map(p -> p.candidate().text()).toList();
        assertTrue(land.contains("Magdeburg") && land.contains("Halle (Saale)"), land.toString());
        assertTrue(labels.placed(12).stream().noneMatch(p -> p.candidate().text().equals("Neue Neustadt")),
                "PPLX city sections are dropped");
    }

    @Test
    void placementIsDeterministicAndCachedPerZoom() {
        assertTrue(labels.placed(10) == labels.placed(10));
        PlaceLabels again = BundledBasemap.labels(List.of());
        assertEquals(labels.placed(10).stream().map(p -> p.candidate().text()).toList(),
                again.placed(10).stream().map(p -> p.candidate().text()).toList());
    }
}
