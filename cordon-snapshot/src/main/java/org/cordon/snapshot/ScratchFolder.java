package org.cordon.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder that is deleted with everything in it when closed: where downloads and bundled lists are
 * staged before an importer reads them.
 *
 * <pre>{@code
 * try (ScratchFolder work = ScratchFolder.create("cordon-update-")) {
 *     Path file = work.path().resolve("sdn.csv");
 *     ...
 * }
 * }</pre>
 */
public final class ScratchFolder implements AutoCloseable {

    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    public static ScratchFolder create(String prefix) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(prefix));
    }

    /** A folder of its own inside {@code parent}. */
    public static ScratchFolder createIn(Path parent, String prefix) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(parent, prefix));
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder; a file that cannot be deleted is left behind, which is harmless in a temporary folder. */
    @Override
    public void close() {
        deleteTree(path);
    }

    /** Deletes a folder and everything in it, as far as it can. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // what is left lies in the system's temporary folder
        }
    }
}
