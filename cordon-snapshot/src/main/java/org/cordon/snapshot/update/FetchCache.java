package org.cordon.snapshot.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * What was last fetched from each address, so the next update asks "has it changed?" (If-None-Match,
 * If-Modified-Since) instead of downloading it again: the validators the server gave, when, and a copy of the body
 * to use when it answers 304 Not Modified. One folder per list under the data directory's {@code fetch-cache}.
 */
final class FetchCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The validators of one address: the ETag and Last-Modified the server gave with the body kept. */
    record Entry(String etag, String lastModified, Instant fetchedAt) {}

    private final Path root;

    FetchCache(Path root) {
        this.root = root;
    }

    Optional<Entry> entry(String listId, URI url, String name) {
        Path meta = meta(listId, name);
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(body(listId, name))) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(meta.toFile());
            if (!n.path("url").asText().equals(url.toString())) {
                return Optional.empty();
            }
            return Optional.of(new Entry(n.path("etag").asText(""), n.path("lastModified").asText(""),
                    Instant.parse(n.path("fetchedAt").asText())));
        } catch (IOException | RuntimeException e) {
            // A damaged cache entry only costs a full download.
            return Optional.empty();
        }
    }

    /** Copies the cached body of a file that was not modified to where the update reads it. */
    void copyBody(String listId, String name, Path target) throws IOException {
        Files.copy(body(listId, name), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Keeps a body just fetched and its validators; written after the body, so a half-written entry is never read. */
    void keep(String listId, URI url, String name, Path fetched, String etag, String lastModified) throws IOException {
        Path dir = Files.createDirectories(root.resolve(listId));
        Path tmp = Files.createTempFile(dir, ".body-", ".tmp");
        Files.copy(fetched, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, body(listId, name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ObjectNode n = JSON.createObjectNode().put("url", url.toString()).put("etag", etag)
                .put("lastModified", lastModified).put("fetchedAt", Instant.now().toString());
        Path metaTmp = Files.createTempFile(dir, ".meta-", ".tmp");
        JSON.writeValue(metaTmp.toFile(), n);
        Files.move(metaTmp, meta(listId, name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path meta(String listId, String name) {
        return root.resolve(listId).resolve(name + ".fetch.json");
    }

    private Path body(String listId, String name) {
        return root.resolve(listId).resolve(name);
    }
}
