package org.cordon.server.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cordon.snapshot.SnapshotDiff;

/** A diff between two list versions as JSON: the same for {@code cordon lists diff --format json} and the API. */
public final class DiffJson {

    private DiffJson() {}

    public static Map<String, Object> of(SnapshotDiff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", diff.from());
        json.put("to", diff.to());
        json.put("added", diff.added());
        json.put("removed", diff.removed());
        json.put("changed", diff.changed().stream().map(c -> Map.of("sourceId", c.after().sourceId(),
                "name", c.after().primaryName().value(), "changes", c.changes())).toList());
        return json;
    }
}
