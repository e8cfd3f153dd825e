package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph resolve}: resolution across the store's articles again, with a new file of merges and splits. */
@Command(name = "resolve", description = {
        "Resolve the store's persons, organisations and treaties across articles again (build does it after storing),",
        "with the user's merges and splits of --entities FILE, or those the store keeps. One transaction: a run",
        "stopped before it commits leaves the store as it was."})
public final class ResolveCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    EntitiesOption entities;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "a dictionary folder, as for build: its persons.tsv is evidence too")
    List<Path> gazetteers = List.of();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        EntityRules rules = entities.rules();
        var server = store.server("resolve");
        if (server.isPresent()) {
            report(server.get().resolve(gazetteers, rules), err);
            return 0;
        }
        OfficeHolders dictionary = dictionary(gazetteers, err);
        try (GraphStore graphStore = store.open()) {
            report(EntityResolution.run(graphStore, dictionary, rules), err);
        }
        return 0;
    }

    /** The office-holders of the bundled dictionary and of these folders, their warnings printed (errors stop the command in {@link Main}). */
    static OfficeHolders dictionary(List<Path> folders, PrintStream err) {
        Gazetteer gazetteer = Gazetteer.loadForNames(folders);
        gazetteer.problems().forEach(err::println);
        return gazetteer.officeHolders();
    }

    static void report(EntityResolution.Report report, PrintStream err) {
        report.notes().forEach(note -> err.println("note: " + note));
        err.println(report);
    }
}
