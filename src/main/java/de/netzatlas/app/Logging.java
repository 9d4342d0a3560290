package de.netzatlas.app;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the console readable: libraries (Flyway, jOOQ, H2) only report warnings; Netzatlas's own
 * messages (e.g. the time to the first frame) stay visible.
 */
public final class Logging {

    /** Strong references, or java.util.logging forgets the levels when the loggers are collected. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private Logging() {
    }

    public static void configure() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Apache POI logs through the Log4j API; without a provider it prints an ERROR line on
        // every run. Its own simple logger (errors only, to stderr) is all we need.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // POI logs every rejected XML part (e.g. a DOCTYPE, which we forbid) as FATAL with a stack
        // trace; the import already reports it in German, so its console logging stays off.
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
    }
}
