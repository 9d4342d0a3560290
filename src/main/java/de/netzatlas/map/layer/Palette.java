package de.netzatlas.map.layer;

/**
 * Colour-blind-safe sequential palettes for classed maps: ColorBrewer (Cynthia Brewer, Penn State,
 * Apache-2.0 style licence) "YlGnBu" and "YlOrRd" 9-class schemes, and matplotlib's "viridis".
 * A palette of k colours samples the 9 anchors evenly, from light (low) to dark (high).
 */
public enum Palette {
    YL_GN_BU(0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58),
    YL_OR_RD(0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026),
    VIRIDIS(0xfde725, 0xb5de2b, 0x6ece58, 0x35b779, 0x1f9e89, 0x26828e, 0x31688e, 0x3e4989, 0x482878);

    private final int[] anchors;

    Palette(int... anchors) {
        this.anchors = anchors;
    }

    /** k opaque ARGB colours, light to dark (2 ≤ k ≤ 9). */
    public int[] colours(int k) {
        if (k < 2 || k > anchors.length) {
            throw new IllegalArgumentException("2 bis 9 Klassen, nicht " + k);
        }
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            int idx = (int) Math.round(i * (anchors.length - 1) / (double) (k - 1));
            out[i] = 0xFF000000 | anchors[idx];
        }
        return out;
    }
}
