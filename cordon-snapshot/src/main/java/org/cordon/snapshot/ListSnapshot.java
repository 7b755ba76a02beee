package org.cordon.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.model.Party;

/** One version of a list: its description and its parties, unchangeable once made. */
public final class ListSnapshot {

    private final SnapshotInfo info;
    private final List<Party> parties;
    private final Map<String, Party> bySourceId;

    public ListSnapshot(SnapshotInfo info, List<Party> parties) {
        this.info = info;
        this.parties = List.copyOf(parties);
        Map<String, Party> index = new LinkedHashMap<>();
        for (Party p : this.parties) {
            if (index.put(p.sourceId(), p) != null) {
                throw new IllegalArgumentException("duplicate source id " + p.sourceId() + " in " + info.ref());
            }
        }
        this.bySourceId = Map.copyOf(index);
    }

    public SnapshotInfo info() {
        return info;
    }

    public List<Party> parties() {
        return parties;
    }

    /** The party with this publisher id. */
    public Optional<Party> party(String sourceId) {
        return Optional.ofNullable(bySourceId.get(sourceId));
    }
}
