package org.cordon.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The last screening of a registry entry: when, against which list versions, and what it matched (JSON, as the
 * caller wrote it).
 */
public record RegistryScreening(String entryId, Instant screenedAt, List<String> listVersions, String matchesJson) {

    public RegistryScreening {
        Checks.nonBlank(entryId, "entryId");
        screenedAt = Timestamps.truncate(Objects.requireNonNull(screenedAt, "screenedAt"));
        listVersions = Checks.texts(listVersions, "listVersions");
        Json.require(matchesJson, "matchesJson");
    }
}
