package de.netzatlas.map;

import java.util.concurrent.atomic.AtomicReference;

import de.netzatlas.common.DeliberateStaticState;

/**
 * The bridge between the composition root and {@link NetzatlasTileRetriever}, which Gluon Maps
 * instantiates itself through {@code ServiceLoader} (no constructor arguments, once per JVM).
 * This is the one deliberate piece of static state in Netzatlas; see
 * {@code src/site/decisions/0003-tile-retriever-bridge.md}. Until a source is registered the
 * retriever draws empty background tiles; it never falls back to the network.
 */
public final class TileSources {

    @DeliberateStaticState("Gluon Maps instantiates NetzatlasTileRetriever itself through ServiceLoader, without"
            + " arguments; the composition root can hand it the tile source only through a static (decision 0003)")
    private static final AtomicReference<TileSource> ACTIVE = new AtomicReference<>();

    private TileSources() {
    }

    public static void activate(TileSource source) {
        ACTIVE.set(source);
    }

    static TileSource active() {
        return ACTIVE.get();
    }
}
