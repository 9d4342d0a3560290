/**
 * The command line (picocli): {@code netzatlas [--db PATH] [SUBCOMMAND]}, one class per command,
 * the bases they share ({@code CommandGroup}, {@code Subcommand}, {@code ListSubcommand} and the
 * register commands in {@code RegisterCli}; decision 0022), German usage texts, date options and
 * exit-code handling. No JavaFX; the window is reached only through the
 * {@link de.netzatlas.cli.Desktop} callback.
 */
package de.netzatlas.cli;
