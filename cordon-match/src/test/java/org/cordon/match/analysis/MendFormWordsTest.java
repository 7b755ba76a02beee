package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three stages mending legal-form and organisation words: broken, glued, misspelt. */
class MendFormWordsTest {

    private static final FormVocabulary VOCABULARY = FormVocabulary.of(
            List.of(TermFixtures.TABLES.orgWords(), TermFixtures.TABLES.legalForms()));
    private static final Lexicon LISTED = Set.of("gazprom", "sinarapromtrans", "yargeo", "chaika", "rust",
            "paolini", "lini", "khartiya", "insurance")::contains;

    private static List<String> mend(PartyType type, String name, Lexicon lexicon) {
        AnalysisContext context = new AnalysisContext(type, lexicon);
        List<Term> terms = List.of(Term.of(name, -1));
        for (AnalysisStage stage : List.of(new SplitOnWhitespace(), new SplitPunctuation(), new LowerCase(),
                new KeepTokenAlphabet(), new JoinSplitFormWords(VOCABULARY), new SplitGluedFormWords(VOCABULARY),
                new CorrectFormWordTypos(VOCABULARY))) {
            terms = stage.apply(terms, context);
        }
        return TermFixtures.texts(terms);
    }

    @ParameterizedTest
    @CsvSource({
            "Huawei Technol ogies, huawei technologies",
            "ACME CORPORAT ION, acme corporation",
            "OBSHC HESTVO S OGRANICHENNOI OTVETSTVENNOSTYU X, obshchestvo s ogranichennoi otvetstvennostyu x",
            "AKTS ION ERNOE OBSHCHESTVO X, aktsionernoe obshchestvo x"})
    void joinsATableWordBrokenBySpaces(String name, String expected) {
        assertThat(mend(PartyType.ORGANIZATION, name, null)).containsExactly(expected.split(" "));
    }

    @Test
    void leavesTableWordsWrittenApartAlone() {
        assertThat(mend(PartyType.ORGANIZATION, "ACME SP Z OO", null)).containsExactly("acme", "sp", "z", "oo");
        assertThat(mend(PartyType.ORGANIZATION, "JOINT STOCK COMPANY X", null))
                .containsExactly("joint", "stock", "company", "x");
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN JOINTSTOCK COMPANY X, open joint stock company x",
            "STAUT COMPANYLIMITED, staut company limited",
            "OBSHCHESTVOS OGRANICHENNOI OTVETSTVENNOSTYU X, obshchestvo s ogranichennoi otvetstvennostyu x",
            "OBSHCHESTVO SOGRANICHENNOI OTVETSTVENNOSTYU X, obshchestvo s ogranichennoi otvetstvennostyu x"})
    void splitsTableWordsWrittenTogether(String name, String expected) {
        assertThat(mend(PartyType.ORGANIZATION, name, null)).containsExactly(expected.split(" "));
    }

    @Test
    void leavesShortWordsMadeOfTableWordsAlone() {
        assertThat(mend(PartyType.ORGANIZATION, "SAAB", null)).containsExactly("saab");
        assertThat(mend(PartyType.ORGANIZATION, "CORPS", null)).containsExactly("corps");
    }

    @ParameterizedTest
    @CsvSource({
            "OOOYARGEO, ooo yargeo",
            "LIMITED LIABILITY COMPANYSINARAPROMTRANS, limited liability company sinarapromtrans",
            "CHAIKAOJSC, chaika ojsc",
            "PJSCGAZPROM, pjsc gazprom",
            "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYUGAZPROM, obshchestvo s ogranichennoi otvetstvennostyu gazprom"})
    void splitsATableWordGluedToAListedWordOfAQuery(String name, String expected) {
        assertThat(mend(PartyType.ORGANIZATION, name, LISTED)).containsExactly(expected.split(" "));
    }

    @Test
    void splitsAGluedTableWordOnlyWithTheListsWords() {
        assertThat(mend(PartyType.ORGANIZATION, "OOOYARGEO", null)).containsExactly("oooyargeo");
        assertThat(mend(PartyType.ORGANIZATION, "OOOUNKNOWN", LISTED)).containsExactly("ooounknown");
    }

    @Test
    void neverSplitsAWordTheListsHave() {
        // "pao" is a legal form and "lini" a listed word, but the lists have "paolini" itself.
        assertThat(mend(PartyType.ORGANIZATION, "PAOLINI", LISTED)).containsExactly("paolini");
    }

    @ParameterizedTest
    @CsvSource({
            "CLOSED JOINT-STOCK COMPIANY X, closed joint stock company x",
            "ISIM ATR LIMTED, isim atr limited",
            "OBSHCHESTVO S OGRANICHKENNOI OTVETSTVENNOSTYU KHARTIYA, obshchestvo s ogranichennoi otvetstvennostyu khartiya",
            "OPEN JOINT STCOK COMPANY X, open joint stock company x"})
    void readsAMisspeltTableWordOfAQuery(String name, String expected) {
        assertThat(mend(PartyType.ORGANIZATION, name, LISTED)).containsExactly(expected.split(" "));
    }

    @Test
    void correctsSpellingOnlyForQueriesWithOtherWords() {
        assertThat(mend(PartyType.ORGANIZATION, "ACME COMPIANY", null)).containsExactly("acme", "compiany");
        assertThat(mend(PartyType.ORGANIZATION, "COMPIANY", LISTED)).containsExactly("compiany");
    }

    @Test
    void leavesAMisspellingTheListsHaveAlone() {
        Lexicon listsHaveIt = Set.of("compiany")::contains;
        assertThat(mend(PartyType.ORGANIZATION, "ACME COMPIANY", listsHaveIt)).containsExactly("acme", "compiany");
    }

    @Test
    void leavesPersonsAlone() {
        assertThat(mend(PartyType.PERSON, "Corporat Ion Jointstock Compiany", LISTED))
                .containsExactly("corporat", "ion", "jointstock", "compiany");
    }

    @Test
    void marksWhatItMended() {
        AnalyzedName n = NameAnalyzer.standard().analyze("ACME CORPORAT ION", PartyType.ORGANIZATION);
        assertThat(n.tokens()).hasSize(2);
        assertThat(n.tokens().get(1).text()).isEqualTo("corp");
        assertThat(n.tokens().get(1).surface()).isEqualTo("CORPORAT ION");
        assertThat(n.tokens().get(1).transformations()).contains(Transformation.SPACING_MENDED);
    }

    @Test
    void oneEditApartAgreesWithExamples() {
        assertThat(FormVocabulary.oneEditApart("company", "compiany")).isTrue();
        assertThat(FormVocabulary.oneEditApart("company", "copmany")).isTrue();
        assertThat(FormVocabulary.oneEditApart("company", "compant")).isTrue();
        assertThat(FormVocabulary.oneEditApart("company", "compan")).isTrue();
        assertThat(FormVocabulary.oneEditApart("company", "company")).isFalse();
        assertThat(FormVocabulary.oneEditApart("company", "cmopnay")).isFalse();
    }

    /** One edit apart is symmetric, and one deleted letter is always one edit. */
    @Property(tries = 300)
    void oneEditApartIsSymmetricAndSeesADeletion(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String a,
                                                 @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b) {
        assertThat(FormVocabulary.oneEditApart(a, b)).isEqualTo(FormVocabulary.oneEditApart(b, a));
        String deleted = a.substring(1);
        assertThat(FormVocabulary.oneEditApart(a, deleted)).isEqualTo(!a.equals(deleted));
    }
}
