package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class ScreenerTest {

    private static Party org(String id, String... names) {
        Party.Builder b = Party.builder("test", id, PartyType.ORGANIZATION);
        for (String n : names) {
            b.name(Name.primary(n));
        }
        return b.build();
    }

    private static final Screener SCREENER = Screener.builder().add("test@1", List.of(
            org("yargeo", "OOO YARGEO"),
            org("khartiya", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KHARTIYA"),
            org("lesprom", "CLOSED JOINT-STOCK COMPANY 'LESPROMPROCESSING'"),
            org("paolini", "PAOLINI"),
            org("lini", "LINI LTD"),
            org("gazprom", "GAZPROM"),
            org("rosneft", "ROSNEFT"),
            org("mobile", "CHINA MOBILE LIMITED"),
            orgWithOriginal("huawei", "HUAWEI TECHNOLOGIES CO., LTD.", "华为技术有限公司"))).build();

    private static Party orgWithOriginal(String id, String name, String original) {
        return Party.builder("test", id, PartyType.ORGANIZATION).name(Name.primary(name))
                .name(new Name(original, org.cordon.model.NameKind.ORIGINAL_SCRIPT, "", "zh-Hans")).build();
    }

    private static List<String> found(String query) {
        return SCREENER.screen(ScreeningQuery.of(query, PartyType.ORGANIZATION)).stream()
                .map(m -> m.party().sourceId()).toList();
    }

    @Test
    void findsAShortNameWhoseOnlyWordHasTwoLettersSwapped() {
        // "ROSENFT" keeps too few of ROSNEFT's trigrams for the index; the one-edit word lookup finds it.
        assertThat(found("ROSENFT")).containsExactly("rosneft");
        assertThat(found("GAZRPOM")).containsExactly("gazprom");
    }

    @Test
    void aWordTwoEditsAwayIsNotGuessed() {
        assertThat(found("RSOENFT")).isEmpty();
    }

    @Test
    void findsANameGluedToItsLegalForm() {
        assertThat(found("OOOYARGEO")).containsExactly("yargeo");
    }

    @Test
    void findsANameWhoseLegalFormIsMisspeltOrWrittenTogether() {
        assertThat(found("OBSHCHESTVO S OGRANICHKENNOI OTVETSTVENNOSTYU KHARTIYA")).first().isEqualTo("khartiya");
        assertThat(found("OBSHCHESTVOS OGRANICHENNOI OTVETSTVENNOSTYU KHARTIYA")).first().isEqualTo("khartiya");
        assertThat(found("CLOSED JOINT-STOCK COMPIANY 'LESPROMPROCESSING'")).first().isEqualTo("lesprom");
    }

    @Test
    void findsAnEnglishNameFromItsChineseTranslation() {
        assertThat(found("中国移动有限公司")).containsExactly("mobile");
    }

    @Test
    void showsTheNameWrittenInTheQueryScriptOnATie() {
        Match m = SCREENER.screen(ScreeningQuery.of("华为技术有限公司", PartyType.ORGANIZATION)).get(0);
        assertThat(m.matchedName().value()).isEqualTo("华为技术有限公司");
        Match latin = SCREENER.screen(ScreeningQuery.of("Huawei Technologies Co., Ltd.", PartyType.ORGANIZATION)).get(0);
        assertThat(latin.matchedName().value()).isEqualTo("HUAWEI TECHNOLOGIES CO., LTD.");
    }

    @Test
    void countsNamesNotReadings() {
        assertThat(SCREENER.names()).isEqualTo(10);
    }

    @Test
    void doesNotSplitAListedWord() {
        assertThat(found("PAOLINI")).containsExactly("paolini");
    }
}
