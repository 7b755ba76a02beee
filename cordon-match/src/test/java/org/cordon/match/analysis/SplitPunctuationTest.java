package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitPunctuationTest {

    private static List<Term> split(String... words) {
        return TermFixtures.run(new SplitPunctuation(), TermFixtures.words(words));
    }

    @Test
    void splitsAtHyphens() {
        List<Term> out = split("AL-QAIDA");
        assertThat(TermFixtures.texts(out)).containsExactly("AL", "QAIDA");
        assertThat(out).extracting(Term::surface).containsExactly("AL", "QAIDA");
        assertThat(out).allSatisfy(t ->
                assertThat(t.transformations()).containsExactly(Transformation.PUNCTUATION_REMOVED));
    }

    @Test
    void joinsDottedSingleLettersIntoAnAcronym() {
        List<Term> out = split("A.B.C.", "S.p.A.", "L.L.C", "U.S.A.");
        assertThat(TermFixtures.texts(out)).containsExactly("ABC", "SpA", "LLC", "USA");
        assertThat(out).allSatisfy(t -> assertThat(t.acronym()).isTrue());
        assertThat(out.get(0).surface()).isEqualTo("A.B.C.");
    }

    @Test
    void splitsDotsBetweenLongerWords() {
        assertThat(TermFixtures.texts(split("Co.,Ltd.", "www.huawei.com", "J.Smith")))
                .containsExactly("Co", "Ltd", "www", "huawei", "com", "J", "Smith");
    }

    @Test
    void dropsApostrophesInsideWords() {
        List<Term> out = split("O'Brien", "Int’l", "Rosneft'");
        assertThat(TermFixtures.texts(out)).containsExactly("OBrien", "Intl", "Rosneft");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.PUNCTUATION_REMOVED);
        assertThat(out.get(2).transformations()).isEmpty(); // a trailing mark is not worth telling
    }

    @Test
    void dropsTheMiddleDotOfBgnRomanisation() {
        assertThat(TermFixtures.texts(split("otvet·stvennost'yu"))).containsExactly("otvetstvennostyu");
    }

    @Test
    void readsAnAmpersandAsAnd() {
        List<Term> out = split("Johnson", "&", "Johnson", "AT&T");
        assertThat(TermFixtures.texts(out)).containsExactly("Johnson", "and", "Johnson", "AT", "and", "T");
        assertThat(out.get(1).surface()).isEqualTo("&");
        assertThat(out.get(1).transformations()).isEmpty();
    }

    @Test
    void keepsNumbersWhole() {
        assertThat(TermFixtures.texts(split("1,000", "2.5", "No.5", "8200"))).containsExactly("1000", "25", "No", "5", "8200");
    }

    @Test
    void countsCommasBeforeEachToken() {
        List<Term> out = split("BIN", "LADIN,", "Usama");
        assertThat(out).extracting(Term::clause).containsExactly(0, 0, 1);
        assertThat(split("LADIN,Usama")).extracting(Term::clause).containsExactly(0, 1);
        assertThat(split("A", "،", "B")).extracting(Term::clause).containsExactly(0, 1);
        assertThat(split("1,000", "Islands")).extracting(Term::clause).containsExactly(0, 0);
    }

    @Test
    void trailingPunctuationStaysInTheSurfaceButIsNotFlagged() {
        List<Term> out = split("Co.,", "Ltd.");
        assertThat(TermFixtures.texts(out)).containsExactly("Co", "Ltd");
        assertThat(out).extracting(Term::surface).containsExactly("Co.,", "Ltd.");
        assertThat(out).allSatisfy(t -> assertThat(t.transformations()).isEmpty());
    }

    @Test
    void dropsTermsOfPunctuationOnly() {
        assertThat(split("-", "(", "...", "Huawei", "»")).extracting(Term::text).containsExactly("Huawei");
    }
}
