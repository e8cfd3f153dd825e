package org.newsgraph.cli;

import org.newsgraph.gazetteer.GazetteerException;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.gazetteer.GazetteerProblem;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsgraph command line: one small class per command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "newsgraph 0.1.0",
        description = "Turns news articles into a knowledge graph of posts, treaties and statements.",
        subcommands = {
                BuildCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                FactsCommand.class,
                BenchCommand.class,
                ServeCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                CompactCommand.class,
                GazetteerCommand.class,
                EvalPagesCommand.class,
                ResolveCommand.class,
                LoadCommand.class,
                // further commands: one line each
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::storeProblem).execute(args);
    }

    /**
     * Expected conditions are one line, not a stack trace: a store that cannot be used (none there, a file, held by
     * another process, its server gone) or a bad value (exit status 2), a file that cannot be read or written (1);
     * a dictionary folder or a file of merges and splits with errors is one line per problem, and exit status 2 before
     * anything is read.
     */
    private static int storeProblem(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof GazetteerException bad) {
            bad.problems().forEach(commandLine.getErr()::println);
            long errors = bad.problems().stream().filter(GazetteerProblem::isError).count();
            commandLine.getErr().println("error: " + errors + (errors == 1 ? " error" : " errors")
                    + " in the --gazetteer folder; nothing was done (newsgraph gazetteer check DIR lists every problem)");
            commandLine.getErr().flush();
            return 2;
        }
        if (e instanceof EntityRules.RulesException bad) {
            bad.problems().forEach(commandLine.getErr()::println);
            commandLine.getErr().println("error: the --entities file has " + bad.problems().size() + (bad.problems().size() == 1 ? " error" : " errors")
                    + "; nothing was done");
            commandLine.getErr().flush();
            return 2;
        }
        int status;
        if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            status = 2;
        } else if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            status = 1;
        } else {
            throw e;
        }
        commandLine.getErr().println("error: " + e.getMessage());
        commandLine.getErr().flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
