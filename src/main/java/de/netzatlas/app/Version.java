package de.netzatlas.app;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), or "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Netzatlas " + current(),
                "Lizenz: GPL-3.0-or-later; Java " + System.getProperty("java.version")};
    }
}
