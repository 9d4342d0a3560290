package de.netzatlas.map;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import de.netzatlas.store.SettingsRepository;

/**
 * Which basemap the map shows — built-in, an MBTiles file or online tiles — and remembering that
 * choice in the settings. Every source is backed by the built-in basemap (outside an MBTiles
 * file, without network) and the built-in one is cached on disk under {@code <cache root>}.
 * Thread-safe; call it off the FX thread (opening files, rendering).
 */
public final class BasemapService {

    public static final String SETTING_KIND = "karte.grundkarte";
    public static final String SETTING_MBTILES = "karte.mbtiles.datei";
    public static final String SETTING_ONLINE = "karte.online.adresse";
    /** Upper bound for all tile caches together, in MB (default 2048). */
    public static final String SETTING_CACHE_LIMIT_MB = "karte.cache.grenze.mb";

    public enum Kind { BUILTIN, MBTILES, ONLINE }

    private final SettingsRepository settings;
    private final Supplier<String> user;
    private final Supplier<BuiltinBasemap> builtinFactory;
    private final Path cacheRoot;
    private final OnlineTileClient client;
    private final Consumer<TileSource> activator;

    private BuiltinBasemap basemap;
    private TileSource builtin;
    private TileSource builtinWithoutLabels;
    private MbtilesReader mbtiles;
    private OnlineTileSource online;
    private Kind kind = Kind.BUILTIN;
    private String savedProblem;

    public BasemapService(SettingsRepository settings, Supplier<String> user, Supplier<BuiltinBasemap> builtin,
                          Path cacheRoot, OnlineTileClient client, Consumer<TileSource> activator) {
        this.settings = settings;
        this.user = user;
        this.builtinFactory = builtin;
        this.cacheRoot = cacheRoot;
        this.client = client;
        this.activator = activator;
    }

    /** The built-in basemap with names and its disk cache (created on first use). */
    public synchronized TileSource builtin() {
        if (builtin == null) {
            builtin = new DiskCachedTileSource(basemap(), cacheRoot);
        }
        return builtin;
    }

    /** The built-in basemap's data and drawing (created on first use). */
    public synchronized BuiltinBasemap basemap() {
        if (basemap == null) {
            basemap = builtinFactory.get();
        }
        return basemap;
    }

    /** The built-in tiles without names, shown when the window draws the names above the data. */
    private TileSource builtinWithoutLabels() {
        if (builtinWithoutLabels == null) {
            builtinWithoutLabels = new DiskCachedTileSource(basemap().withoutLabels(), cacheRoot);
        }
        return builtinWithoutLabels;
    }

    /**
     * The built-in basemap's names, to draw above the data layers, while it is shown: then its
     * tiles come without names. MBTiles and online tiles carry their own names (and the built-in
     * tiles filling in around them keep theirs), so there is nothing to draw above them.
     */
    public synchronized Optional<java.util.function.BiConsumer<java.awt.Graphics2D, MapViewport>> labelOverlay() {
        if (kind != Kind.BUILTIN) {
            return Optional.empty();
        }
        BuiltinBasemap b = basemap();
        return Optional.of(b::paintLabels);
    }

    /**
     * Activates the remembered basemap. If the remembered MBTiles file is gone or broken, the
     * built-in basemap is shown and the German reason returned.
     */
    public synchronized Optional<String> activateSaved() {
        Kind saved = settings.get(SETTING_KIND).map(BasemapService::parseKind).orElse(Kind.BUILTIN);
        try {
            switch (saved) {
                case MBTILES -> openMbtiles(Path.of(settings.get(SETTING_MBTILES).orElse("")));
                case ONLINE -> activateOnline(onlineTemplate());
                default -> activateBuiltin();
            }
            savedProblem = null;
        } catch (MbtilesException | IllegalArgumentException e) {
            activateBuiltin();
            savedProblem = e.getMessage();
        }
        return savedProblem();
    }

    /** Why the remembered basemap could not be shown at the last {@link #activateSaved()}, if so. */
    public synchronized Optional<String> savedProblem() {
        return Optional.ofNullable(savedProblem);
    }

    private static Kind parseKind(String text) {
        try {
            return Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return Kind.BUILTIN;
        }
    }

    public synchronized void useBuiltin() {
        activateBuiltin();
        settings.put(SETTING_KIND, Kind.BUILTIN.name(), user.get());
    }

    /** Opens and shows an MBTiles file; on a broken file nothing changes and the German message is thrown. */
    public synchronized MbtilesReader useMbtiles(Path file) throws MbtilesException {
        MbtilesReader reader = openMbtiles(file);
        settings.put(SETTING_MBTILES, file.toAbsolutePath().toString(), user.get());
        settings.put(SETTING_KIND, Kind.MBTILES.name(), user.get());
        return reader;
    }

    /** Shows online tiles from the template (validated; German message on a bad one). */
    public synchronized void useOnline(String template) {
        activateOnline(template);
        settings.put(SETTING_ONLINE, online.template(), user.get());
        settings.put(SETTING_KIND, Kind.ONLINE.name(), user.get());
    }

    /** The remembered XYZ template, OpenStreetMap's standard tiles by default. */
    public String onlineTemplate() {
        return settings.get(SETTING_ONLINE).filter(s -> !s.isBlank()).orElse(OnlineTileSource.OSM_TEMPLATE);
    }

    /** The online source for prefetching (the remembered template, also when not shown). */
    public synchronized OnlineTileSource onlineSource() {
        String template = onlineTemplate();
        if (online == null || !online.template().equals(template)) {
            online = new OnlineTileSource(template, client, cacheRoot);
        }
        return online;
    }

    public synchronized Kind kind() {
        return kind;
    }

    public synchronized Optional<MbtilesReader> mbtiles() {
        return Optional.ofNullable(mbtiles);
    }

    private MbtilesReader openMbtiles(Path file) throws MbtilesException {
        MbtilesReader reader = MbtilesReader.open(file);
        MbtilesReader previous = mbtiles;
        mbtiles = reader;
        kind = Kind.MBTILES;
        activator.accept(new FallbackTileSource(new MbtilesTileSource(reader), builtin()));
        if (previous != null) {
            previous.close();
        }
        return reader;
    }

    private void activateOnline(String template) {
        OnlineTileSource.validated(template);
        online = new OnlineTileSource(template, client, cacheRoot);
        kind = Kind.ONLINE;
        activator.accept(new FallbackTileSource(online, builtin()));
    }

    private void activateBuiltin() {
        kind = Kind.BUILTIN;
        activator.accept(builtinWithoutLabels());
    }

    public Path cacheRoot() {
        return cacheRoot;
    }

    /**
     * Trims the tile caches (obsolete built-in versions, then the oldest tiles above the limit);
     * the remembered online source — the one a field area was prefetched for — is never trimmed.
     * Walks the cache folder: call it off the FX thread.
     */
    public TileCacheJanitor.Result trimCache() {
        long limitMb = settings.get(SETTING_CACHE_LIMIT_MB).map(BasemapService::parseLimit)
                .orElse(TileCacheJanitor.DEFAULT_LIMIT_BYTES / 1_048_576);
        java.util.List<String> builtinIds = java.util.List.of(builtin().id(), builtinWithoutLabelsId());
        String onlineId = onlineSource().id();
        return new TileCacheJanitor(cacheRoot, limitMb * 1_048_576).clean(builtinIds, java.util.List.of(onlineId));
    }

    private synchronized String builtinWithoutLabelsId() {
        return builtinWithoutLabels().id();
    }

    private static long parseLimit(String text) {
        try {
            long mb = Long.parseLong(text.trim());
            return mb > 0 ? mb : TileCacheJanitor.DEFAULT_LIMIT_BYTES / 1_048_576;
        } catch (NumberFormatException e) {
            return TileCacheJanitor.DEFAULT_LIMIT_BYTES / 1_048_576;
        }
    }
}
