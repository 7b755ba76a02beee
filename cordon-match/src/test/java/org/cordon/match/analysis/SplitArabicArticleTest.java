package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitArabicArticleTest {

    @Test
    void writesTheArticleAsAWordOfItsOwn() {
        assertThat(TermFixtures.texts(TermFixtures.run(new SplitArabicArticle(), TermFixtures.words("القاعدة"))))
                .containsExactly("ال", "قاعدة");
    }

    @Test
    void leavesAllahShortWordsAndOtherScriptsAlone() {
        assertThat(TermFixtures.texts(TermFixtures.run(new SplitArabicArticle(),
                TermFixtures.words("الله", "ال", "بن", "Alqaida"))))
                .containsExactly("الله", "ال", "بن", "Alqaida");
    }
}
