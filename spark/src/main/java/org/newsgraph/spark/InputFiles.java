package org.newsgraph.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsgraph.ingest.Ids;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;

/**
 * The driver's list of the files a build would read for the same inputs, in the same order, with the same names
 * and default ids: local paths are walked by the core's own {@link InputWalker#files}; folders of a Hadoop file
 * system (hdfs://, s3a://, ...) by the same rules (name order, hidden files and folders, documentation and TDB2
 * stores passed over). Standard input is no input for a job on many machines.
 */
final class InputFiles {
    /** The files, and what could not be listed (each a line as a build prints it). */
    record Listing(List<InputFile> files, List<String> problems) {
    }

    private static final Set<String> STORE_FILES = Set.of("tdb.lock", "tdb.cfg");

    private InputFiles() {
    }

    static Listing list(List<String> inputs, Configuration hadoop) {
        return list(inputs, hadoop, false);
    }

    /** With {@code allThroughHadoop}, local paths too are listed through Hadoop's file system (tests compare the two). */
    static Listing list(List<String> inputs, Configuration hadoop, boolean allThroughHadoop) {
        List<InputFile> files = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Problems problems = new Problems(new LinePrintStream(lines::add));
        for (String input : inputs) {
            if (input.equals("-")) {
                problems.add(new Problem("<stdin>", "read", "standard input is not read by the Spark job: give files or folders"));
            } else if (isLocal(input) && !allThroughHadoop) {
                listLocal(input, files, problems);
            } else {
                listHadoop(input, hadoop, files, problems);
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(lines));
    }

    /** A path without a scheme, or a file: URI. */
    static boolean isLocal(String input) {
        int colon = input.indexOf(':');
        int slash = input.indexOf('/');
        if (colon < 2 || (slash >= 0 && slash < colon)) {
            return true; // no scheme (a Windows drive letter is one character)
        }
        return input.substring(0, colon).toLowerCase(Locale.ROOT).equals("file");
    }

    private static void listLocal(String input, List<InputFile> files, Problems problems) {
        java.nio.file.Path path = input.toLowerCase(Locale.ROOT).startsWith("file:") ? java.nio.file.Path.of(URI.create(input)) : java.nio.file.Path.of(input);
        if (Files.isDirectory(path)) {
            for (java.nio.file.Path file : InputWalker.files(path, problems)) {
                files.add(new InputFile(files.size(), file.toString(), Ids.fromPath(path, file), file.toAbsolutePath().toString(), true));
            }
        } else if (Files.exists(path)) {
            files.add(new InputFile(files.size(), path.toString(), Ids.stem(path), path.toAbsolutePath().toString(), true));
        } else {
            problems.add(new Problem(input, "read", "no such file or folder"));
        }
    }

    /** A path, or a glob of paths (no shell expands them on a cluster, as it does for build). */
    private static void listHadoop(String input, Configuration hadoop, List<InputFile> files, Problems problems) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                problems.add(new Problem(input, "read", "no such file or folder"));
                return;
            }
            java.util.Arrays.sort(matches, java.util.Comparator.comparing(status -> status.getPath().toString()));
            for (FileStatus status : matches) {
                listHadoop(matches.length == 1 ? input : status.getPath().toString(), status, fs, files, problems);
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(input, "read", "cannot list: " + e.getMessage()));
        }
    }

    /** A folder as build walks one (ids from the path below it), or a file (its stem). */
    private static void listHadoop(String input, FileStatus status, FileSystem fs, List<InputFile> files, Problems problems) throws IOException {
        Path path = status.getPath();
        if (status.isDirectory()) {
            List<FileStatus> found = new ArrayList<>();
            walk(fs, path, found, problems);
            String root = path.toString();
            found.stream().map(file -> file.getPath().toString()).sorted().forEach(file -> {
                String relative = file.substring(root.length()).replaceFirst("^/+", "");
                files.add(new InputFile(files.size(), file, Ids.fromPath(java.nio.file.Path.of(""), java.nio.file.Path.of(relative)), file, false));
            });
        } else {
            files.add(new InputFile(files.size(), input, Ids.stem(java.nio.file.Path.of(path.getName())), path.toString(), false));
        }
    }

    private static void walk(FileSystem fs, Path dir, List<FileStatus> found, Problems problems) throws IOException {
        FileStatus[] entries;
        try {
            entries = fs.listStatus(dir);
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), "read", "cannot list: " + e.getMessage()));
            return;
        }
        if (isStore(entries)) {
            problems.add(Problem.skipped(dir.toString(), "read", "a TDB2 store, not articles: its files are not read"));
            return;
        }
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fs, entry.getPath(), found, problems);
            } else if (entry.isFile() && !InputWalker.isDocumentation(java.nio.file.Path.of(name))) {
                found.add(entry);
            }
        }
    }

    /** As InputWalker tells a TDB2 store: its lock or configuration, a Data-NNNN generation, or a journal with nodes. */
    private static boolean isStore(FileStatus[] entries) {
        boolean journal = false;
        boolean nodes = false;
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (STORE_FILES.contains(name) || entry.isDirectory() && name.matches("Data-[0-9]{4}")) {
                return true;
            }
            journal |= name.equals("journal.jrnl");
            nodes |= name.equals("nodes.dat");
        }
        return journal && nodes;
    }
}
