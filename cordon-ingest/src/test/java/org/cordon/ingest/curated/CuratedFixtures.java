package org.cordon.ingest.curated;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small curated list files under {@code fixtures/curated} on the test classpath. */
final class CuratedFixtures {

    private CuratedFixtures() {}

    static Path path(String name) {
        URL url = CuratedFixtures.class.getResource("/fixtures/curated/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
