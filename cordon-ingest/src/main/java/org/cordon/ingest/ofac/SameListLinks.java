package org.cordon.ingest.ofac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.model.Party;
import org.cordon.model.Relationship;

/**
 * Points relationships at the parties they name on the same list: a "Linked To: BANK MELLI IRAN" gets the id of the
 * entry whose primary name is BANK MELLI IRAN, ignoring case. A name that several entries share stays unresolved,
 * as does one that names the party itself.
 */
final class SameListLinks {

    private SameListLinks() {}

    /** The parties, with every relationship whose target is found by primary name given that target's id. */
    static List<Party> resolve(List<Party> parties) {
        Map<String, List<Party>> byName = new HashMap<>();
        for (Party p : parties) {
            byName.computeIfAbsent(key(p.primaryName().value()), k -> new ArrayList<>()).add(p);
        }
        List<Party> out = new ArrayList<>(parties.size());
        for (Party p : parties) {
            out.add(p.relationships().isEmpty() ? p : withTargets(p, byName));
        }
        return out;
    }

    private static Party withTargets(Party party, Map<String, List<Party>> byName) {
        List<Relationship> resolved = new ArrayList<>();
        boolean changed = false;
        for (Relationship r : party.relationships()) {
            Relationship target = r.targetId().isEmpty() ? resolve(r, party, byName) : r;
            changed |= target != r;
            resolved.add(target);
        }
        if (!changed) {
            return party;
        }
        return new Party(party.listId(), party.sourceId(), party.type(), party.names(), party.identifiers(),
                party.addresses(), party.nationalities(), party.dates(), resolved, party.designations(),
                party.remarks(), party.confidence());
    }

    private static Relationship resolve(Relationship r, Party holder, Map<String, List<Party>> byName) {
        Party target = only(byName.get(key(r.targetName())), holder);
        if (target != null) {
            return r.withTargetId(target.id());
        }
        // The period closing the remarks may have been the last character of the name ("... S.A.").
        target = only(byName.get(key(r.targetName() + ".")), holder);
        if (target != null) {
            return new Relationship(r.kind(), target.primaryName().value(), target.id(), r.share(), r.confidence(),
                    r.since(), r.until(), r.source());
        }
        return r;
    }

    private static Party only(List<Party> candidates, Party holder) {
        if (candidates == null || candidates.size() != 1) {
            return null;
        }
        Party p = candidates.get(0);
        return p.id().equals(holder.id()) ? null : p;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
