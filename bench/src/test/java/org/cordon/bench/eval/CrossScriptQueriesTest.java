package org.cordon.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossScriptQueriesTest {

    @Test
    void everyRowIsANameInAnotherScriptForAListedParty() {
        List<CrossScriptQueries.Row> rows = CrossScriptQueries.bundled();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).extracting(CrossScriptQueries.Row::query).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.query().codePoints().filter(Character::isLetter)
                    .allMatch(cp -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN))
                    .as("'%s' has no Latin letters", r.query()).isTrue();
            assertThat(r.listId()).isIn("ofac-sdn", "ofac-non-sdn", "csl", "bis-dpl", "un-sc");
            assertThat(r.sourceId()).isNotBlank();
            assertThat(r.note()).isNotBlank();
        });
    }

    @Test
    void coversRussianChineseAndArabicScript() {
        List<String> queries = CrossScriptQueries.bundled().stream().map(CrossScriptQueries.Row::query).toList();
        assertThat(queries).anyMatch(q -> q.startsWith("Сбербанк"));
        assertThat(queries).anyMatch(NameKeys::hasHan);
        assertThat(queries).contains("حزب الله");
    }
}
