package de.netzatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database file lives: {@code --db PATH}, else {@code NETZATLAS_DB}, else the user's
 * profile ({@code %LOCALAPPDATA%\Netzatlas} on Windows, {@code ~/.local/share/netzatlas} elsewhere).
 * The result always names the H2 file itself ({@code ….mv.db}).
 */
public final class DatabaseLocation {

    public static final String FILE_SUFFIX = ".mv.db";
    public static final String ENV_VARIABLE = "NETZATLAS_DB";
    static final String DEFAULT_NAME = "netzatlas";

    private DatabaseLocation() {
    }

    public static Path resolve(String option, Map<String, String> env) {
        return resolve(option, env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return normalise(Path.of(option.trim()));
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return normalise(Path.of(fromEnv.trim()));
        }
        return defaultDirectory(env, osName, userHome).resolve(DEFAULT_NAME + FILE_SUFFIX);
    }

    static Path defaultDirectory(Map<String, String> env, String osName, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Netzatlas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("netzatlas");
    }

    /** A directory becomes {@code dir/netzatlas.mv.db}; a name without suffix gets {@code .mv.db}. */
    static Path normalise(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute.resolve(DEFAULT_NAME + FILE_SUFFIX);
        }
        String name = absolute.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? absolute : absolute.resolveSibling(name + FILE_SUFFIX);
    }

    /**
     * The URL every read-write connection uses. {@code WRITE_DELAY=0}: H2 stores the MVStore at the
     * end of every transaction instead of up to 500 ms later from a background thread, so a commit
     * that returned survives a kill of the process. {@code MAX_COMPACT_TIME=0}: no compaction when
     * the database closes; H2 2.5.252 moves chunks then, and a kill while it does (seen 1 to 1.6 s
     * after a start) rolled the file back to a state of many commits before (3 of 60 kills in
     * {@code H2KillHarness}; none in 240 without, though a single commit is still lost in about 1 of
     * 60, which the lock file's version makes visible). The file is compacted offline instead
     * ({@link DatabaseCompaction}; decision 0020).
     */
    static String jdbcUrl(Path file) {
        return "jdbc:h2:file:" + h2Name(file) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /** A read-only look at an existing file that neither creates nor changes it. */
    static String readOnlyUrl(Path file) {
        return "jdbc:h2:file:" + h2Name(file) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    }

    /** The read-write URL for a file with or without encryption ({@code CIPHER=AES}, decision 0025). */
    static String jdbcUrl(Path file, DatabaseKey key) {
        return jdbcUrl(file) + (key.present() ? ";CIPHER=AES" : "");
    }

    /** The read-only URL for a file with or without encryption. */
    static String readOnlyUrl(Path file, DatabaseKey key) {
        return readOnlyUrl(file) + (key.present() ? ";CIPHER=AES" : "");
    }

    /**
     * A data source on {@code url} whose password is the key's (as a {@code char[]}: H2 copies it per
     * connection and clears its copy after hashing; no {@code String} of it is made).
     */
    static org.h2.jdbcx.JdbcDataSource dataSource(String url, DatabaseKey key) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        char[] password = key.jdbcPassword();
        ds.setPasswordChars(password);
        return ds;
    }

    /** The pool of the application's read-write connections on {@code file}. */
    static org.h2.jdbcx.JdbcConnectionPool pool(Path file, DatabaseKey key) {
        return org.h2.jdbcx.JdbcConnectionPool.create(dataSource(jdbcUrl(file, key), key));
    }

    /** One read-only connection on an existing file. */
    static java.sql.Connection readOnly(Path file, DatabaseKey key) throws java.sql.SQLException {
        return dataSource(readOnlyUrl(file, key), key).getConnection();
    }

    /** The H2 database name: the file path without {@code .mv.db}. */
    static String h2Name(Path file) {
        String s = file.toString();
        return s.substring(0, s.length() - FILE_SUFFIX.length());
    }
}
