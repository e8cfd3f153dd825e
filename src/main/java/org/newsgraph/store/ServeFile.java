package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The note {@code serve} leaves in the store folder while it holds the store: its process, its address on this
 * machine and the token that lets the store's other commands (build, query, facts, export) work through it.
 * The file is readable by its owner only (mode 600), so another local user, who cannot read it, cannot write to
 * the store through the server either. Removed when the server stops.
 */
public final class ServeFile {
    public static final String NAME = "newsgraph-serve.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the file says. */
    public record Info(long pid, String url, String token) {
    }

    private ServeFile() {
    }

    /** Writes the file (owner-only from its creation, then moved into place). */
    public static void write(Path folder, String url, String token) {
        Path file = folder.resolve(NAME);
        Path temporary = folder.resolve("." + NAME + "-" + UUID.randomUUID() + ".tmp");
        try {
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temporary);
            }
            String text = JSON.createObjectNode().put("pid", ProcessHandle.current().pid()).put("url", url).put("token", token).toString();
            Files.writeString(temporary, text + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // best effort: a leftover temporary file holds nothing a reader would take
            }
        }
    }

    /** The file's content; empty when there is none, or when this user may not read it. */
    public static Optional<Info> read(Path folder) {
        try {
            JsonNode node = JSON.readTree(Files.readString(folder.resolve(NAME), StandardCharsets.UTF_8));
            if (!node.path("url").isTextual() || !node.path("token").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Info(node.path("pid").asLong(), node.path("url").asText(), node.path("token").asText()));
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the file if it is this process's. */
    public static void delete(Path folder) {
        Optional<Info> info = read(folder);
        if (info.isPresent() && info.get().pid() == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(folder.resolve(NAME));
            } catch (IOException e) {
                // a stale file is harmless: its server does not answer, so commands open the store themselves
            }
        }
    }
}
