package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class WordNeighboursTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

    private static WordNeighbours of(String... names) {
        List<AnalyzedName> analyzed = java.util.Arrays.stream(names)
                .map(n -> ANALYZER.analyze(n, PartyType.ORGANIZATION)).toList();
        return WordNeighbours.build(analyzed);
    }

    @Test
    void findsWordsOneEditAwayOfEveryKind() {
        WordNeighbours n = of("Huawei Technologies", "Hytera Communications", "Zhejiang Dahua Technology");
        assertThat(n.entriesNear("huwaei", 10)).as("swap").containsExactly(0);
        assertThat(n.entriesNear("huawai", 10)).as("substitution").containsExactly(0);
        assertThat(n.entriesNear("huawe", 10)).as("deletion").containsExactly(0);
        assertThat(n.entriesNear("huaweii", 10)).as("insertion").containsExactly(0);
        assertThat(n.entriesNear("hyterra", 10)).containsExactly(1);
        assertThat(n.entriesNear("zhejaing", 10)).containsExactly(2);
    }

    @Test
    void theWordItselfAndWordsTwoEditsAwayAreNotNeighbours() {
        WordNeighbours n = of("Huawei Technologies");
        assertThat(n.entriesNear("huawei", 10)).isEmpty();
        assertThat(n.entriesNear("hauwie", 10)).isEmpty();
        assertThat(n.entriesNear("xylophone", 10)).isEmpty();
    }

    @Test
    void shortWordsAndLegalFormsAreLeftOut() {
        WordNeighbours n = of("ZTE Corporation Ltd", "Acme Limited");
        assertThat(n.entriesNear("ztee", 10)).isEmpty();
        assertThat(n.words()).isZero();
    }

    @Test
    void answersAreBounded() {
        WordNeighbours n = of("Alpha Trading", "Alpha Tradings", "Alpha Treading", "Alpha Trader");
        assertThat(n.entriesNear("tradinc", 2)).hasSizeLessThanOrEqualTo(2);
    }
}
