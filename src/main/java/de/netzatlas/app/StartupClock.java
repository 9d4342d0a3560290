package de.netzatlas.app;

import java.lang.management.ManagementFactory;

/**
 * Measures the time from JVM start to the first frame of the main window, printed to the log
 * ("Erstes Fenster nach … ms") so it can be tracked without a profiler.
 */
public final class StartupClock {

    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
