package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;

/**
 * Draws the listed names that variants are made from: primary names and strong aliases in Latin letters, of four
 * letters or more, spread over lists and party types. Names with a question mark or a replacement character are
 * left out: they are the lists' encoding damage ("OOO ?SMT?K?"), not names anyone would type.
 *
 * <p>Each (list, type) group gets a share in proportion to the square root of its size, so that the small lists
 * (the bundled one, DPL, UN) and the rare types (vessels, aircraft) are not drowned by SDN persons and still the
 * big groups weigh most.
 */
final class NameSample {

    private NameSample() {}

    /** A listed name and its party. */
    record Drawn(Party party, Name name) {}

    static boolean isEligible(Name name) {
        return (name.kind() == NameKind.PRIMARY || name.kind() == NameKind.AKA || name.kind() == NameKind.FKA
                || name.kind() == NameKind.NKA)
                && name.script().equals("Latn") && NameKeys.letterCount(name.value()) >= 4
                && name.value().indexOf('?') < 0 && name.value().indexOf('\uFFFD') < 0;
    }

    /** At most {@code size} names, no two the same name; the same for the same parties and seed. */
    static List<Drawn> draw(Collection<Party> parties, int size, long seed) {
        Map<String, List<Drawn>> groups = new TreeMap<>();
        for (Party party : parties) {
            for (Name name : party.names()) {
                if (isEligible(name)) {
                    groups.computeIfAbsent(party.listId() + " " + party.type(), g -> new ArrayList<>())
                            .add(new Drawn(party, name));
                }
            }
        }
        Map<String, Integer> quotas = quotas(groups, size);
        Set<String> taken = new HashSet<>();
        List<Drawn> drawn = new ArrayList<>();
        for (Map.Entry<String, List<Drawn>> group : groups.entrySet()) {
            List<Drawn> pool = new ArrayList<>(group.getValue());
            pool.sort(Comparator.comparing((Drawn d) -> d.party().id()).thenComparing(d -> d.name().value()));
            Collections.shuffle(pool, new Random(seed ^ group.getKey().hashCode()));
            int quota = quotas.get(group.getKey());
            for (Drawn d : pool) {
                if (quota == 0) {
                    break;
                }
                if (taken.add(NameKeys.identity(d.name().value()))) {
                    drawn.add(d);
                    quota--;
                }
            }
        }
        return drawn;
    }

    /** Shares in proportion to the square root of each group's size; a group smaller than its share gives all. */
    private static Map<String, Integer> quotas(Map<String, List<Drawn>> groups, int size) {
        Map<String, Integer> quotas = new TreeMap<>();
        Map<String, Integer> open = new TreeMap<>();
        groups.forEach((g, names) -> open.put(g, names.size()));
        int left = size;
        boolean capped = true;
        while (capped && !open.isEmpty()) {
            capped = false;
            double weight = open.values().stream().mapToDouble(Math::sqrt).sum();
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var g = it.next();
                if (left * Math.sqrt(g.getValue()) / weight >= g.getValue()) {
                    quotas.put(g.getKey(), g.getValue());
                    left -= g.getValue();
                    it.remove();
                    capped = true;
                }
            }
        }
        if (!open.isEmpty()) {
            double weight = open.values().stream().mapToDouble(Math::sqrt).sum();
            List<Map.Entry<String, Double>> remainders = new ArrayList<>();
            int given = 0;
            for (var g : open.entrySet()) {
                double share = left * Math.sqrt(g.getValue()) / weight;
                quotas.put(g.getKey(), (int) share);
                given += (int) share;
                remainders.add(Map.entry(g.getKey(), share - (int) share));
            }
            remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            for (int i = 0; i < left - given; i++) {
                quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
            }
        }
        return quotas;
    }
}
