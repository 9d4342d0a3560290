/**
 * The command line (picocli): {@code netzatlas [--db PATH] [SUBCOMMAND]}, one class per command,
 * the shared register commands, German usage texts, date options and exit-code handling. No
 * JavaFX; the window is reached only through the {@link de.netzatlas.cli.Desktop} callback.
 */
package de.netzatlas.cli;
