package org.cordon.server.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.match.Match;

/** Matches as JSON: the same shape for {@code cordon screen --format json} and {@code POST /api/screen}. */
public final class MatchJson {

    private MatchJson() {}

    public static Map<String, Object> of(String query, List<Match> matches) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", query);
        List<Map<String, Object>> list = new ArrayList<>();
        int rank = 1;
        for (Match m : matches) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("rank", rank++);
            j.put("score", m.score());
            j.put("list", m.party().listId());
            j.put("listVersion", m.listVersion());
            j.put("sourceId", m.party().sourceId());
            j.put("matchedName", m.matchedName().value());
            j.put("partyName", m.party().primaryName().value());
            j.put("explanation", m.explanation());
            j.put("party", m.party());
            list.add(j);
        }
        json.put("matches", list);
        return json;
    }
}
