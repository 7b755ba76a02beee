package org.cordon.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public list files kept beside the project in {@code ../shared/data}. Tests that use them call
 * {@link #require(String)}, which skips the test cleanly when the folder is absent (a fresh clone).
 */
public final class SharedData {

    private SharedData() {}

    /** The shared folder: system property {@code cordon.shared}, else {@code ../shared}. */
    public static Path root() {
        String configured = System.getProperty("cordon.shared");
        return Path.of(configured != null && !configured.isBlank() ? configured : "../shared").toAbsolutePath().normalize();
    }

    /** The path below {@code shared/data}, skipping the calling test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve("data").resolve(relative);
        assumeTrue(Files.exists(p), () -> "shared data not present: " + p);
        return p;
    }

    /** The path below {@code shared/domain}, skipping the calling test when it does not exist. */
    public static Path requireDomain(String relative) {
        Path p = root().resolve("domain").resolve(relative);
        assumeTrue(Files.exists(p), () -> "shared domain facts not present: " + p);
        return p;
    }
}
