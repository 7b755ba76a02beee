package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.model.PartyType;

/** Collects the queries of each kind as they are made, drops a query already made of that kind, and numbers them. */
final class QueryCollector {

    private record Draft(String query, PartyType type, Set<String> expectedIds, String source) {}

    private final Map<QueryKind, LinkedHashMap<String, Draft>> byKind = new EnumMap<>(QueryKind.class);

    /** Adds a query unless the same text was already added for this kind; true when added. */
    boolean add(QueryKind kind, String query, PartyType type, Set<String> expectedIds, String source) {
        String text = query.strip();
        if (text.isEmpty()) {
            return false;
        }
        return byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                .putIfAbsent(text, new Draft(text, type, expectedIds, source)) == null;
    }

    int count(QueryKind kind) {
        return byKind.getOrDefault(kind, new LinkedHashMap<>()).size();
    }

    /** Every query, kind by kind in the order of {@link QueryKind}, each kind in the order added. */
    List<LabelledQuery> queries() {
        List<LabelledQuery> out = new ArrayList<>();
        byKind.forEach((kind, drafts) -> {
            int n = 0;
            for (Draft d : drafts.values()) {
                String id = String.format("%s-%04d", kind.label(), ++n);
                out.add(LabelledQuery.of(id, d.query(), d.type(), kind, d.expectedIds(), d.source()));
            }
        });
        return out;
    }
}
