package org.cordon.snapshot.update;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an update takes the publishers' files from: the publishers themselves, a mirror (an internal copy or proxy,
 * the usual way for a site without direct access), or a folder of files already at hand (an air-gapped site).
 */
public sealed interface Fetch {

    /** From the addresses the sources name. */
    record Publishers() implements Fetch {}

    /** Every file of list L named N from {@code BASE/L/N}. */
    record Mirror(URI base) implements Fetch {
        public Mirror {
            Objects.requireNonNull(base, "mirror base");
            String scheme = base.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("a mirror is an http or https address, not '" + base + "'");
            }
        }

        URI of(UpdateSource source, UpdateSource.RemoteFile file) {
            String b = base.toString();
            return URI.create((b.endsWith("/") ? b : b + "/") + source.listId() + "/" + file.name());
        }
    }

    /** Files from {@code DIR/L/N}, else {@code DIR/N}. */
    record Offline(Path dir) implements Fetch {
        public Offline {
            Objects.requireNonNull(dir, "offline folder");
        }
    }

    static Fetch publishers() {
        return new Publishers();
    }

    static Fetch mirror(String base) {
        try {
            return new Mirror(URI.create(base));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a mirror is an http or https address, not '" + base + "': " + e.getMessage(), e);
        }
    }

    static Fetch offline(Path dir) {
        return new Offline(dir);
    }

    /** What to do when a publisher cannot be reached, for error messages. */
    String REMEDY = "if this machine cannot reach the publishers, fetch through a mirror (lists update --mirror URL, or"
            + " lists.mirror in the server settings: files laid out as URL/<list-id>/<file name>) or take files at"
            + " hand (lists update --offline DIR)";
}
