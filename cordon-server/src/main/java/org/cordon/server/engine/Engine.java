package org.cordon.server.engine;

import java.time.Instant;
import java.util.List;
import org.cordon.match.Screener;
import org.cordon.policy.Decisions;
import org.cordon.policy.resolve.ListedParties;

/** One immutable generation of the engine: the listed parties of the active versions, screener and decisions. */
public record Engine(ListedParties listed, Decisions decisions, List<String> listVersions, Instant builtAt,
                     double buildSeconds) {

    public Engine {
        listVersions = List.copyOf(listVersions);
    }

    public Screener screener() {
        return listed.screener();
    }
}
