package org.cordon.match.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Party;

/** Finds parties by a decisive identifier (IMO, LEI, registration number...), whatever their names. */
public final class IdentifierIndex {

    private final Map<String, List<Integer>> parties;

    private IdentifierIndex(Map<String, List<Integer>> parties) {
        this.parties = parties;
    }

    /** Indexes the decisive identifiers; the values of the result are positions in {@code all}. */
    public static IdentifierIndex build(List<Party> all, java.util.function.Function<String, String> normalise) {
        Map<String, List<Integer>> map = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (Identifier id : all.get(i).identifiers()) {
                if (id.type().decisive()) {
                    map.computeIfAbsent(key(id.type(), normalise.apply(id.value())), k -> new ArrayList<>()).add(i);
                }
            }
        }
        return new IdentifierIndex(map);
    }

    public List<Integer> find(IdentifierType type, String normalisedValue) {
        return parties.getOrDefault(key(type, normalisedValue), List.of());
    }

    private static String key(IdentifierType type, String value) {
        return type.name() + ':' + value;
    }
}
