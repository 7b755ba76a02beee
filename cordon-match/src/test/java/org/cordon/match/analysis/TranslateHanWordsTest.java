package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class TranslateHanWordsTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

    private static List<List<String>> readings(String name, PartyType type) {
        return ANALYZER.readings(name, type, null).stream()
                .map(n -> n.tokens().stream().map(Token::text).toList()).toList();
    }

    @Test
    void readsChineseWordsAsEnglishBesideThePinyin() {
        assertThat(readings("中国移动有限公司", PartyType.ORGANIZATION)).containsExactly(
                List.of("zhong", "guo", "yi", "dong", "ltd"),
                List.of("china", "mobile", "ltd"));
    }

    @Test
    void keepsCharactersNoWordCoversAsPinyin() {
        List<Token> tokens = ANALYZER.readings("中国铁建股份有限公司", PartyType.ORGANIZATION, null).get(1).tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("china", "tie", "jian", "ltd");
        assertThat(tokens.get(0).transformations()).contains(Transformation.TRANSLATED);
        assertThat(tokens.get(0).surface()).isEqualTo("中国");
        assertThat(tokens.get(1).sameGroupAs(tokens.get(2))).isTrue();
    }

    @Test
    void translatedWordsMeetTheLatinTables() {
        // 重工 is "heavy industry"; "industry" is then an organisation word like any written in Latin.
        List<Token> tokens = ANALYZER.readings("中国船舶重工", PartyType.ORGANIZATION, null).get(1).tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("china", "chuan", "bo", "heavy", "industry");
        assertThat(tokens.get(4).kind()).isEqualTo(TokenKind.ORG_WORD);
    }

    @Test
    void aNameWithNothingToTranslateHasOneReading() {
        assertThat(readings("华为技术有限公司", PartyType.ORGANIZATION)).hasSize(1);
        assertThat(readings("Huawei Technologies", PartyType.ORGANIZATION)).hasSize(1);
    }

    @Test
    void leavesPersonsAlone() {
        assertThat(readings("中国", PartyType.PERSON)).containsExactly(List.of("zhong", "guo"));
    }

    @Test
    void everyRowOfTheTableIsHanWithLatinWords() {
        HanTranslations table = HanTranslations.bundled();
        assertThat(table.size()).isGreaterThan(50);
        assertThat(table.english("中國")).containsExactly("china");
        assertThat(table.english("集成电路")).containsExactly("integrated", "circuit");
    }

    @Test
    void refusesABrokenRow() {
        TableFile.Row latin = new TableFile.Row("t.tsv", 1, List.of("china", "china"));
        TableFile.Row twice = new TableFile.Row("t.tsv", 2, List.of("中国", "china"));
        TableFile.Row other = new TableFile.Row("t.tsv", 3, List.of("中国", "zhongguo"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HanTranslations.of(List.of(latin)))
                .hasMessageContaining("line 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HanTranslations.of(List.of(twice, other)))
                .hasMessageContaining("line 3");
    }
}
