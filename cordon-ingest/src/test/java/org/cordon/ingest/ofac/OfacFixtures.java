package org.cordon.ingest.ofac;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.ImportResult;
import org.cordon.model.Party;

/** The small hand-written OFAC files under {@code src/test/resources/fixtures}. */
final class OfacFixtures {

    private OfacFixtures() {}

    static Path path(String name) {
        URL url = OfacFixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Party party(ImportResult result, String sourceId) {
        return party(result.parties(), sourceId);
    }

    static Party party(List<Party> parties, String sourceId) {
        return parties.stream().filter(p -> p.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no party " + sourceId));
    }
}
