package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Who holds a store: the process whose id TDB2 wrote into the folder's {@code tdb.lock}, and, where /proc tells,
 * the newsgraph command it runs ("newsgraph serve --port 3030"), so a refused command can say whom to wait for.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    /** The id of the process TDB2's lock file names, if any. */
    public static OptionalLong pid(Path folder) {
        try {
            String text = Files.readString(folder.resolve("tdb.lock"), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** "process 1234 (newsgraph serve --port 3030)", or "another process" when the lock names none. */
    public static String describe(Path folder) {
        OptionalLong pid = pid(folder);
        if (pid.isEmpty()) {
            return "another process";
        }
        String command = command(pid.getAsLong());
        return "process " + pid.getAsLong() + (command == null ? "" : " (" + command + ")");
    }

    /** The newsgraph command line of a process (what follows the jar or the main class), or null. */
    static String command(long pid) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (IOException | SecurityException e) {
            return null;
        }
        List<String> args = new ArrayList<>(List.of(new String(raw, StandardCharsets.UTF_8).split("\u0000")));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.endsWith(".jar") && i > 0 && args.get(i - 1).equals("-jar") || arg.equals("org.newsgraph.cli.Main")) {
                List<String> rest = args.subList(i + 1, args.size());
                String line = "newsgraph " + String.join(" ", rest);
                return line.length() > 160 ? line.substring(0, 157) + "..." : line;
            }
        }
        return null;
    }
}
