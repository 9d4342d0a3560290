package de.netzatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import de.netzatlas.app.AppServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that does the work shares: its picocli spec, the services on the database the
 * root command's {@code --db} names, and the streams it prints to. Saves each command its own
 * {@code @ParentCommand} chain up to {@link NetzatlasCommand}.
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Opens the services on this invocation's database (notices of the open go to stderr). */
    final AppServices openServices() {
        return root().openServices();
    }

    /**
     * Opens the services for a command that only reads: a database file that does not exist is a
     * {@link de.netzatlas.store.StoreException} „Datenbank nicht gefunden: …“ (exit 4), not a new empty database.
     */
    final AppServices openExistingServices() {
        return root().openExistingServices();
    }

    final NetzatlasCommand root() {
        return (NetzatlasCommand) spec.root().userObject();
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
