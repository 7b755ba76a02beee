package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

/** {@link MarkParticles}, {@link MarkInitials} and {@link MarkNumbers}. */
class MarkPersonTokensTest {

    private static List<Term> mark(PartyType type, String name) {
        return TermFixtures.latinTokens(type, name, new CanonicaliseOrgWords(TermFixtures.TABLES.orgWords()),
                new CanonicaliseLegalForms(TermFixtures.TABLES.legalForms()),
                new MarkParticles(TermFixtures.TABLES.particles()), new MarkInitials(), new MarkNumbers());
    }

    @Test
    void marksParticles() {
        assertThat(mark(PartyType.PERSON, "Ludwig van Beethoven")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.PARTICLE, TokenKind.WORD);
        assertThat(mark(PartyType.UNKNOWN, "AL QAIDA")).extracting(Term::kind)
                .containsExactly(TokenKind.PARTICLE, TokenKind.WORD);
    }

    @Test
    void spellsUnvowelledArabicParticlesTheUsualWay() {
        List<Term> out = mark(PartyType.PERSON, "أسامة بن لادن");
        assertThat(TermFixtures.texts(out)).containsExactly("asama", "bin", "ladn");
        assertThat(out.get(1).kind()).isEqualTo(TokenKind.PARTICLE);
    }

    @Test
    void aSingleLetterParticleNeedsWordsOnBothSidesAndNoDot() {
        assertThat(mark(PartyType.PERSON, "García y López")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.PARTICLE, TokenKind.WORD);
        assertThat(mark(PartyType.PERSON, "John Y. Smith")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.INITIAL, TokenKind.WORD);
    }

    @Test
    void aNameOfParticlesOnlyKeepsThemAsWords() {
        assertThat(mark(PartyType.PERSON, "De La")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD);
    }

    @Test
    void marksInitialsAndSplitsDottedOnes() {
        List<Term> out = mark(PartyType.PERSON, "J. Smith");
        assertThat(TermFixtures.texts(out)).containsExactly("j", "smith");
        assertThat(out.get(0).kind()).isEqualTo(TokenKind.INITIAL);
        assertThat(TermFixtures.texts(mark(PartyType.PERSON, "J.R. Smith"))).containsExactly("j", "r", "smith");
        assertThat(TermFixtures.texts(mark(PartyType.UNKNOWN, "A.B.C."))).containsExactly("abc");
    }

    @Test
    void organisationsHaveNoParticlesOrInitials() {
        assertThat(mark(PartyType.ORGANIZATION, "AL-QAIDA")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD);
        assertThat(mark(PartyType.UNKNOWN, "J. Smith Holdings")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.ORG_WORD);
        assertThat(mark(PartyType.VESSEL, "De Rijp")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD);
    }

    @Test
    void leavesHanSyllablesAlone() {
        // "de" and "a" are pinyin syllables here, not a particle and an initial
        assertThat(mark(PartyType.PERSON, "德阿")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD);
    }

    @Test
    void marksNumbers() {
        assertThat(mark(PartyType.ORGANIZATION, "Unit 8200 5G 1st")).extracting(Term::kind)
                .containsExactly(TokenKind.WORD, TokenKind.NUMBER, TokenKind.NUMBER, TokenKind.NUMBER);
    }
}
