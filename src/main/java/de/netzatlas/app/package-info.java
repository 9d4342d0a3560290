/**
 * The composition root: {@link de.netzatlas.app.AppServices} wires every service by hand (no DI
 * framework, no singletons), plus the demo wiring across registers, the version, logging set-up,
 * the start-up clock and the process exit codes both faces share. Only {@code cli}, {@code ui}
 * and the {@link de.netzatlas.Launcher} depend on it.
 */
package de.netzatlas.app;
