package org.cordon.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.model.Party;

/**
 * Keeps {@link Party#sourceId()} unique within one import when the publisher's ids are not.
 *
 * <p>A source id that only one party has is kept as it is. Parties sharing one get it qualified with a
 * discriminator the caller derives from the record (the CSL sub-list, a hash of the DPL address), so the result
 * does not depend on the order of the rows; when even that collides (byte-identical rows), the later ones get
 * {@code -2}, {@code -3}... in file order.
 */
public final class UniqueSourceIds {

    private final List<Party> parties = new ArrayList<>();
    private final List<String> qualifiers = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** Adds a party; {@code qualifier} tells it apart from others with the same source id (may be empty). */
    public void add(Party party, String qualifier) {
        parties.add(party);
        qualifiers.add(qualifier == null ? "" : qualifier.strip());
        counts.merge(party.sourceId(), 1, Integer::sum);
    }

    /** The parties in the order added, each with a source id no other has. */
    public List<Party> parties() {
        Set<String> used = new HashSet<>();
        counts.forEach((id, n) -> {
            if (n == 1) {
                used.add(id);
            }
        });
        List<Party> out = new ArrayList<>(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (counts.get(p.sourceId()) == 1) {
                out.add(p);
                continue;
            }
            String candidate = qualifiers.get(i).isEmpty() ? p.sourceId() : p.sourceId() + "-" + qualifiers.get(i);
            String id = candidate;
            for (int n = 2; !used.add(id); n++) {
                id = candidate + "-" + n;
            }
            out.add(withSourceId(p, id));
        }
        return out;
    }

    private static Party withSourceId(Party p, String id) {
        return new Party(p.listId(), id, p.type(), p.names(), p.identifiers(), p.addresses(), p.nationalities(),
                p.dates(), p.relationships(), p.designations(), p.remarks(), p.confidence());
    }
}
