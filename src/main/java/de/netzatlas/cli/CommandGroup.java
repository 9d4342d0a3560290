package de.netzatlas.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code schools list|import|…}): called alone it is a
 * usage error (exit 2) naming the subcommands in their declared order, e.g.
 * „Unterbefehl fehlt: list, import, export oder kpi“.
 */
abstract class CommandGroup implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public final void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unterbefehl fehlt: " + names(spec));
    }

    private static String names(CommandSpec spec) {
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " oder " + names.get(last);
    }
}
