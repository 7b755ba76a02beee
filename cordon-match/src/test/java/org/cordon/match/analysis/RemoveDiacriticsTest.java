package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveDiacriticsTest {

    @Test
    void removesAccentsAndFlagsThem() {
        List<Term> out = TermFixtures.run(new RemoveDiacritics(), TermFixtures.words("Société", "Générale", "Bank"));
        assertThat(TermFixtures.texts(out)).containsExactly("Societe", "Generale", "Bank");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.DIACRITICS_REMOVED);
        assertThat(out.get(0).surface()).isEqualTo("Société");
        assertThat(out.get(2).transformations()).isEmpty();
    }

    @Test
    void writesLettersThatDoNotDecomposeInAscii() {
        assertThat(TermFixtures.texts(TermFixtures.run(new RemoveDiacritics(),
                TermFixtures.words("Straße", "Ørsted", "Łódź", "Æon", "Đặng", "İstanbul"))))
                .containsExactly("Strasse", "Orsted", "Lodz", "AEon", "Dang", "Istanbul");
    }

    @Test
    void leavesTransliteratedTermsAlone() {
        Term term = Term.of("qaʿda", 0).with(Transformation.TRANSLITERATED);
        assertThat(TermFixtures.run(new RemoveDiacritics(), List.of(term))).containsExactly(term);
    }
}
