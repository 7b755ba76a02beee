package org.cordon.match.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Person-name particles from {@code particles.tsv}, with the spelling each is compared in. */
final class Particles {

    private final Map<String, String> canonical;

    private Particles(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    static Particles bundled() {
        return from(TableFile.read("particles.tsv"));
    }

    static Particles from(List<TableFile.Row> rows) {
        Map<String, String> map = new HashMap<>();
        for (TableFile.Row row : rows) {
            String particle = row.column(0);
            String as = row.column(1).isEmpty() ? particle : row.column(1);
            if (!KeepTokenAlphabet.isTokenText(particle) || !KeepTokenAlphabet.isTokenText(as)) {
                throw row.error("particles are written in lower-case ASCII letters");
            }
            if (map.put(particle, as) != null) {
                throw row.error("repeated particle");
            }
        }
        map.values().forEach(v -> map.putIfAbsent(v, v));
        return new Particles(map);
    }

    /** The spelling to compare {@code text} in when it is a particle, else null. */
    String canonical(String text) {
        return canonical.get(text);
    }
}
