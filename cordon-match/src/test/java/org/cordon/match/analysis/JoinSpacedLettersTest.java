package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinSpacedLettersTest {

    private static List<String> joined(String name) {
        return TermFixtures.texts(TermFixtures.run(new JoinSpacedLetters(), List.of(Term.of(name, -1))));
    }

    @Test
    void joinsSingleLettersWrittenApart() {
        assertThat(joined("H u a w e i")).containsExactly("Huawei");
        assertThat(joined("H-u-a-w-e-i")).containsExactly("Huawei");
        assertThat(joined("Z.T.E")).containsExactly("ZTE");
        assertThat(joined("Z. T. E.")).containsExactly("ZTE", ".");
        assertThat(joined("H_u_a_w_e_i")).containsExactly("Huawei");
        assertThat(joined("Ｈ　ｕ　ａ　ｗ　ｅ　ｉ")).containsExactly("Ｈｕａｗｅｉ");
        assertThat(joined("H u a w e i Technologies")).containsExactly("Huawei", " Technologies");
    }

    @Test
    void aLetterJoinedToAWordBySymbolStartsNoRun() {
        // The "D" of "R&D" is part of a word; the letters after it are their own run.
        assertThat(String.join("", joined("H u a w e i   T e c h n o l o g i e s   R&D   U K")))
                .isEqualTo("Huawei   Technologies   R&D   UK");
    }

    @Test
    void aDifferentSeparatorEndsAWord() {
        assertThat(joined("H u a w e i   T e c h")).containsExactly("Huawei", "   ", "Tech");
        assertThat(joined("H.u.a.w.e.i T.e.c.h")).containsExactly("Huawei", " ", "Tech");
    }

    @Test
    void joinsTwoLettersApartInANameThatWritesLettersApart() {
        assertThat(joined("H u a w e i   C o.,   L t d.")).containsExactly("Huawei", "   ", "Co", ".,   ", "Ltd", ".");
        assertThat(joined("J P Morgan")).containsExactly("J P Morgan");
    }

    @Test
    void keepsMarksAndInvisibleCharactersWithTheirLetter() {
        assertThat(joined("H\u0301 u a\u200B w e i")).containsExactly("H\u0301ua\u200Bwei");
    }

    @Test
    void leavesTwoLettersWordsAndDigitsAlone() {
        assertThat(JoinSpacedLetters.hasSpacedLetters("J P Morgan")).isFalse();
        assertThat(JoinSpacedLetters.hasSpacedLetters("Huawei Technologies Co., Ltd.")).isFalse();
        assertThat(JoinSpacedLetters.hasSpacedLetters("A1 B C")).isFalse();
        assertThat(JoinSpacedLetters.hasSpacedLetters("1 2 3")).isFalse();
        assertThat(JoinSpacedLetters.hasSpacedLetters("H, u, a")).isFalse();
        assertThat(JoinSpacedLetters.hasSpacedLetters("")).isFalse();
        assertThat(joined("J P Morgan")).containsExactly("J P Morgan");
    }

    @Test
    void keepsWhatWasWrittenAsTheSurface() {
        List<Term> out = TermFixtures.run(new JoinSpacedLetters(), List.of(Term.of("A B C Trading", -1)));
        assertThat(out.get(0).surface()).isEqualTo("A B C");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.SPACED_LETTERS_JOINED);
        assertThat(out.get(1).transformations()).isEmpty();
    }
}
