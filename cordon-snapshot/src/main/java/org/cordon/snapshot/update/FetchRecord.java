package org.cordon.snapshot.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;

/**
 * When each list was last fetched: the time an update imported its active version or confirmed it unchanged
 * (a 304, or the same content as a version held). Kept as {@code fetch-cache/<list-id>/fetched.json} with the
 * version it confirmed, so that a version activated by hand later is not taken for a fetched one.
 */
public final class FetchRecord {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "fetched.json";

    private FetchRecord() {}

    /** Records that {@code info} was current at the publisher at {@code at}; written atomically. */
    public static void confirm(SnapshotStore store, SnapshotInfo info, Instant at) throws IOException {
        Path dir = Files.createDirectories(store.root().resolve("fetch-cache").resolve(info.listId()));
        ObjectNode n = JSON.createObjectNode().put("fetchedAt", at.toString()).put("version", info.version())
                .put("hash", info.contentHash());
        Path tmp = Files.createTempFile(dir, ".fetched-", ".tmp");
        JSON.writeValue(tmp.toFile(), n);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * When {@code info} was last fetched or confirmed by an update; empty when no update fetched this version (a
     * version imported or activated by hand, the bundled list).
     */
    public static Optional<Instant> fetchedAt(SnapshotStore store, SnapshotInfo info) {
        Path file = store.root().resolve("fetch-cache").resolve(info.listId()).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            if (n.path("version").asInt(-1) != info.version() || !n.path("hash").asText().equals(info.contentHash())) {
                return Optional.empty();
            }
            return Optional.of(Instant.parse(n.path("fetchedAt").asText()));
        } catch (IOException | RuntimeException e) {
            // A damaged record only costs the fallback to the import time.
            return Optional.empty();
        }
    }
}
