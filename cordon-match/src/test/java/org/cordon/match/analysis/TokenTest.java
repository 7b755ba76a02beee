package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void aTokenOutsideAHanRunHasNoGroup() {
        assertThat(Token.word("huawei").group()).isEqualTo(Token.NO_GROUP);
        assertThat(new Token("ltd", "Ltd", TokenKind.LEGAL_FORM, Set.of()).group()).isEqualTo(Token.NO_GROUP);
        assertThat(new Token("hua", "华", TokenKind.WORD, Set.of(), -7).group()).isEqualTo(Token.NO_GROUP);
    }

    @Test
    void syllablesOfOneRunShareTheirGroup() {
        Token hua = new Token("hua", "华", TokenKind.WORD, Set.of(Transformation.TRANSLITERATED), 0);
        Token wei = new Token("wei", "为", TokenKind.WORD, Set.of(Transformation.TRANSLITERATED), 0);
        Token zhong = new Token("zhong", "中", TokenKind.WORD, Set.of(Transformation.TRANSLITERATED), 1);
        assertThat(hua.sameGroupAs(wei)).isTrue();
        assertThat(hua.sameGroupAs(zhong)).isFalse();
        assertThat(Token.word("a").sameGroupAs(Token.word("b"))).isFalse();
    }

    @Test
    void textIsLowerCaseAsciiLettersAndDigits() {
        assertThatThrownBy(() -> Token.word("Huawei")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Token.word("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Token.word("5g").text()).isEqualTo("5g");
    }
}
