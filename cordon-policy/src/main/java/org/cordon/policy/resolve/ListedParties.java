package org.cordon.policy.resolve;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.match.Screener;
import org.cordon.model.Party;

/**
 * The listed parties a decision is made against, by list version, with the screener over them and the ownership
 * graph their relationships form. Build once per set of list versions; share between threads.
 */
public final class ListedParties {

    /** A listed party and the list version ({@code list@N}) it comes from. */
    public record Listed(Party party, String listVersion) {}

    private final Map<String, Listed> byId;
    private final Screener screener;
    private final OwnershipGraph graph;
    private final List<String> versions;

    private ListedParties(Map<String, Listed> byId, Screener screener, List<String> versions) {
        this.byId = Map.copyOf(byId);
        this.screener = screener;
        this.versions = List.copyOf(versions);
        this.graph = OwnershipGraph.of(this.byId.values());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Screener screener() {
        return screener;
    }

    public OwnershipGraph graph() {
        return graph;
    }

    /** The list versions, {@code list@N}, in the order added. */
    public List<String> versions() {
        return versions;
    }

    public Optional<Listed> get(String partyId) {
        return Optional.ofNullable(byId.get(partyId));
    }

    public int size() {
        return byId.size();
    }

    public static final class Builder {
        private final Map<String, Listed> byId = new LinkedHashMap<>();
        private final Screener.Builder screener = Screener.builder();
        private final List<String> versions = new java.util.ArrayList<>();

        public Builder add(String listVersion, Collection<Party> parties) {
            screener.add(listVersion, parties);
            versions.add(listVersion);
            for (Party p : parties) {
                byId.put(p.id(), new Listed(p, listVersion));
            }
            return this;
        }

        public ListedParties build() {
            return new ListedParties(byId, screener.build(), versions);
        }
    }
}
