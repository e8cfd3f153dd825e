package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerProblem;
import org.newsgraph.gazetteer.PetrarchImport;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph gazetteer check DIR} and {@code newsgraph gazetteer import}: a user's dictionary folders. */
@Command(name = "gazetteer", description = "Check a dictionary folder (--gazetteer), or import an event coder's dictionary into one.",
        subcommands = {GazetteerCommand.Check.class, GazetteerCommand.Import.class})
public final class GazetteerCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static Gazetteer read(List<Path> folders) {
        return Gazetteer.read(new Annotator(Models.get(), false)::words, folders);
    }

    /** Every problem of the folders, one line each with file, line and reason; exit status 1 on an error. */
    @Command(name = "check", description = {"Read dictionary folders as build --gazetteer does and print every problem on one line:",
            "FILE:LINE: error|warning: reason. Exit status 1 if there is an error (with --strict, also a warning)."})
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "DIR", description = "dictionary folders, in the order build would read them")
        List<Path> folders;

        @Option(names = "--strict", description = "warnings fail too")
        boolean strict;

        @Override
        public Integer call() {
            Gazetteer gazetteer = read(folders);
            PrintStream out = System.out;
            List<GazetteerProblem> problems = gazetteer.problems();
            problems.forEach(out::println);
            long errors = problems.stream().filter(GazetteerProblem::isError).count();
            long warnings = problems.size() - errors;
            System.err.printf("%d %s, %d %s; %s%n", errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
                    errors > 0 ? "build --gazetteer would refuse to start" : "build --gazetteer would read it");
            return errors > 0 || strict && warnings > 0 ? 1 : 0;
        }
    }

    /** PETRARCH / TABARI actor (and agent) dictionaries into a dictionary folder, then checked. */
    @Command(name = "import", description = {"Turn an event coder's actor dictionary (PETRARCH, TABARI: PHRASE [CODE], +SYNONYM,",
            "[CODE 19950601-19990815] date restrictions) and its agents file (PHRASE [~GOV]) into a dictionary folder;",
            "says what it could not carry over, then checks the folder."})
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ACTORS", description = "actor dictionary files")
        List<Path> actors;

        @Option(names = "--agents", paramLabel = "FILE", description = "the agents dictionary")
        List<Path> agents = List.of();

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the folder to write (created; its files replaced)")
        Path output;

        @Override
        public Integer call() throws IOException {
            PetrarchImport coder = new PetrarchImport();
            for (Path file : agents) {
                coder.readAgents(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            }
            for (Path file : actors) {
                coder.readActors(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            }
            Gazetteer bundled = read(List.of());
            Map<String, Set<String>> known = new HashMap<>();
            for (Entity country : bundled.countries().values()) {
                Set<String> names = new LinkedHashSet<>(List.of(country.label().toLowerCase(Locale.ROOT)));
                String locale = Gazetteer.localeCountryNames().get(country.key());
                if (locale != null) {
                    names.add(locale.toLowerCase(Locale.ROOT));
                }
                known.put(country.key(), names);
            }
            Map<String, String> files = coder.files(known, (code, phrase) -> {
                String[] tokens = phrase.split(" ");
                org.newsgraph.gazetteer.Entry entry = bundled.names().lookup(tokens, 0, tokens.length);
                return entry != null && entry.entity() != null && (code == null ? entry.type() == org.newsgraph.gazetteer.NameType.ORGANISATION
                        : entry.entity().key().equals(code));
            });
            Files.createDirectories(output);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(output.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            coder.notes().forEach(note -> System.err.println("note: " + note));
            System.err.println("wrote " + String.join(", ", files.keySet()) + " to " + output + "; checking it:");
            List<GazetteerProblem> problems = read(List.of(output)).problems();
            problems.forEach(System.out::println);
            return problems.stream().anyMatch(GazetteerProblem::isError) ? 1 : 0;
        }
    }
}
