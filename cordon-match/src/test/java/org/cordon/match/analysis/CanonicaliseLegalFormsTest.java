package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicaliseLegalFormsTest {

    private static List<Term> canonicalise(PartyType type, String name) {
        return TermFixtures.latinTokens(type, name, new CanonicaliseOrgWords(TermFixtures.TABLES.orgWords()),
                new CanonicaliseLegalForms(TermFixtures.TABLES.legalForms()));
    }

    @ParameterizedTest(name = "Acme {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Co., Ltd.|ltd", "Co. Ltd|ltd", "Co Ltd|ltd", "Company Limited|ltd", "Limited|ltd", "Ltd|ltd",
            "Pty Ltd|ltd", "Pvt. Ltd.|ltd", "Sdn. Bhd.|ltd", "LLC|llc", "L.L.C.|llc", "Limited Liability Company|llc",
            "Inc|inc", "Inc.|inc", "Incorporated|inc", "Corp.|corp", "Corporation|corp", "PLC|plc",
            "Public Limited Company|plc", "GmbH|gmbh", "Gesellschaft mit beschränkter Haftung|gmbh", "AG|ag",
            "S.A.|sa", "SA|sa", "S.A. de C.V.|sa", "SA de CV|sa", "Sociedad Anónima|sa", "SARL|sarl",
            "S.à r.l.|sarl", "S.p.A.|spa", "B.V.|bv", "N.V.|nv", "JSC|jsc", "PJSC|jsc", "OJSC|jsc", "CJSC|jsc",
            "Joint Stock Company|jsc", "Joint-Stock Company|jsc", "Public Joint Stock Company|jsc", "LLP|llp",
            "LP|lp", "KG|kg", "GmbH & Co. KG|kg", "Kft.|kft", "Sp. z o.o.|spzoo", "A.S.|as", "A/S|as", "AB|ab",
            "Oy|oy", "Oyj|oy", "K.K.|kk", "Kabushiki Kaisha|kk"})
    void readsLegalFormsAtTheEnd(String written, String canonical) {
        List<Term> out = canonicalise(PartyType.ORGANIZATION, "Acme " + written);
        assertThat(TermFixtures.texts(out)).containsExactly("acme", canonical);
        assertThat(out.get(1).kind()).isEqualTo(TokenKind.LEGAL_FORM);
        assertThat(out.get(1).surface()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} Acme -> {1}")
    @CsvSource(delimiter = '|', value = {"ZAO|jsc", "OAO|jsc", "PAO|jsc", "AO|jsc", "OOO|llc", "AB|ab",
            "Obshchestvo s Ogranichennoy Otvetstvennostyu|llc", "Zakrytoe Aktsionernoe Obshchestvo|jsc",
            "Publichnoye Aktsionernoye Obshchestvo|jsc"})
    void readsLegalFormsAtTheStart(String written, String canonical) {
        assertThat(TermFixtures.texts(canonicalise(PartyType.ORGANIZATION, written + " Acme")))
                .containsExactly(canonical, "acme");
    }

    @Test
    void matchesPhrasesAsAWholeAndKeepsTheOriginalWords() {
        List<Term> out = canonicalise(PartyType.ORGANIZATION, "Huawei Technologies Co., Ltd.");
        assertThat(TermFixtures.texts(out)).containsExactly("huawei", "technology", "ltd");
        Term ltd = out.get(2);
        assertThat(ltd.surface()).isEqualTo("Co., Ltd.");
        assertThat(ltd.transformations()).contains(Transformation.LEGAL_FORM_CANONICALISED)
                .doesNotContain(Transformation.ORG_WORD_CANONICALISED);
    }

    @Test
    void aCompanyNotPartOfALegalFormStaysAnOrganisationWord() {
        List<Term> out = canonicalise(PartyType.ORGANIZATION, "East India Company");
        assertThat(TermFixtures.texts(out)).containsExactly("east", "india", "company");
        assertThat(out.get(2).kind()).isEqualTo(TokenKind.ORG_WORD);
    }

    @Test
    void readsCanonicalTokensWithTheirNeighboursUntilNothingChanges() {
        assertThat(TermFixtures.texts(canonicalise(PartyType.ORGANIZATION, "Huawei Company Pty Ltd")))
                .containsExactly("huawei", "ltd");
        assertThat(TermFixtures.texts(canonicalise(PartyType.ORGANIZATION, "Huawei Company 有限公司")))
                .containsExactly("huawei", "ltd");
    }

    @Test
    void readsShortFormsThatAreAlsoWordsOnlyAtTheEdgesOfANameWithAnotherWord() {
        assertThat(canonicalise(PartyType.ORGANIZATION, "SA Recycling Group")).extracting(Term::kind)
                .containsExactly(TokenKind.LEGAL_FORM, TokenKind.WORD, TokenKind.ORG_WORD);
        assertThat(canonicalise(PartyType.ORGANIZATION, "Banco SA Mexicano")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.WORD);
        assertThat(canonicalise(PartyType.ORGANIZATION, "AO")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD);
        assertThat(canonicalise(PartyType.ORGANIZATION, "A.B. Ltd")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.LEGAL_FORM);
    }

    @Test
    void readsTransliteratedRussianForms() {
        assertThat(TermFixtures.texts(canonicalise(PartyType.ORGANIZATION,
                "Общество с ограниченной ответственностью Ромашка"))).containsExactly("llc", "romashka");
        assertThat(TermFixtures.texts(canonicalise(PartyType.ORGANIZATION, "ПАО Сбербанк")))
                .containsExactly("jsc", "sberbank");
    }

    @Test
    void leavesPersonsAlone() {
        assertThat(TermFixtures.texts(canonicalise(PartyType.PERSON, "Smith Limited")))
                .containsExactly("smith", "limited");
    }
}
