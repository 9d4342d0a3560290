/**
 * The application shell and composition root: the command line (picocli), the JavaFX application,
 * the main window with its views and view models, and the wiring of all services
 * ({@link de.netzatlas.app.AppServices}). Nothing below this package depends on it.
 */
package de.netzatlas.app;
