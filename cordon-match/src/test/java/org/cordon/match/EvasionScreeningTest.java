package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

/** Names disguised to slip past screening, and Chinese names in pinyin, against the bundled list. */
class EvasionScreeningTest {

    private static Match best(String query, PartyType type) {
        List<Match> matches = BundledList.screener().screen(ScreeningQuery.of(query, type));
        assertThat(matches).as(query).isNotEmpty();
        return matches.get(0);
    }

    private static void findsFirst(String query, String partyId) {
        for (PartyType type : List.of(PartyType.UNKNOWN, PartyType.ORGANIZATION)) {
            Match m = best(query, type);
            assertThat(m.party().sourceId()).as(query + " as " + type).isEqualTo(partyId);
            assertThat(m.score()).as(query + " as " + type).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        }
    }

    private static List<String> how(Match m) {
        return m.explanation().tokens().stream().flatMap(t -> t.how().stream()).toList();
    }

    @Test
    void findsANameWrittenBackwardsBehindARightToLeftOverride() {
        findsFirst("\u202EiewauH\u202C", "huawei-technologies");
        findsFirst("\u202Enoitaroproc ETZ\u202C", "zte-corporation");
        Match m = best("\u202EiewauH\u202C", PartyType.UNKNOWN);
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(how(m)).contains("read in displayed order");
        assertThat(m.explanation().warnings())
                .contains("bidirectional controls reorder the name: it displays as \"Huawei\"");
    }

    @Test
    void findsNamesInsideIsolatesAndEmbeddings() {
        // An isolate or embedding does not reverse Latin letters: they show as stored.
        findsFirst("\u2067Huawei\u2069 Technologies", "huawei-technologies");
        findsFirst("\u2066\u202EiewauH\u202C\u2069 Technologies", "huawei-technologies");
        findsFirst("\u202BHuawei\u202C", "huawei-technologies");
        findsFirst("Huawei\u200F \u061CTechnologies\u200E", "huawei-technologies");
    }

    @Test
    void findsLettersWrittenApart() {
        findsFirst("H u a w e i", "huawei-technologies");
        findsFirst("H-u-a-w-e-i", "huawei-technologies");
        findsFirst("Z.T.E", "zte-corporation");
        findsFirst("Z T E", "zte-corporation");
        findsFirst("Z. T. E. Corporation", "zte-corporation");
        findsFirst("H u a w e i   T e c h n o l o g i e s", "huawei-technologies");
        findsFirst("\u202Ei e w a u H\u202C", "huawei-technologies");
        // Words apart by one space like the letters: one long word, which the lexicon and the scorer cut again.
        findsFirst("H u a w e i T e c h n o l o g i e s", "huawei-technologies");
        // With the legal form too ("...C o L t d") the one long word is not always cut back into listed words:
        // such a name is a disguise, and decisions send it to review (cordon-policy's DisguisedName).
        Match m = best("H u a w e i", PartyType.UNKNOWN);
        assertThat(how(m)).contains("spaced letters joined");
        assertThat(m.explanation().tokens().get(0).query()).isEqualTo("H u a w e i -> huawei");
    }

    @Test
    void stillFindsOtherEvasions() {
        findsFirst("Ｈｕａｗｅｉ", "huawei-technologies");
        findsFirst("Hu\u0430wei", "huawei-technologies");
        findsFirst("\u0396\u03A4\u0395 Corporation", "zte-corporation");
        findsFirst("Hua\u200Bwei", "huawei-technologies");
        findsFirst("H\u0301u\u0308awei", "huawei-technologies");
    }

    @Test
    void findsChineseNamesFromTheirPinyin() {
        findsFirst("Zhongxing Tongxun Gufen Youxian Gongsi", "zte-corporation");
        findsFirst("Huawei Jishu Youxian Gongsi", "huawei-technologies");
        findsFirst("hua wei ji shu", "huawei-technologies");
        findsFirst("huawei jishu", "huawei-technologies");
        findsFirst("Hangzhou Haikang Weishi Shuzi Jishu Gufen Youxian Gongsi", "hikvision");
        findsFirst("zhe jiang da hua ji shu gu fen you xian gong si", "dahua");
        assertThat(best("Zhongxing Tongxun Gufen Youxian Gongsi", PartyType.ORGANIZATION).score()).isEqualTo(1.0);
        assertThat(best("Huawei Jishu Youxian Gongsi", PartyType.ORGANIZATION).score()).isEqualTo(1.0);
    }

    @Test
    void findsChineseBrandsFromTheirCantoneseAsHongKongWritesThem() {
        findsFirst("Wah Wai", "huawei-technologies");
        findsFirst("Wah Wai Technologies Co., Ltd.", "huawei-technologies");
        findsFirst("Chung Hing", "zte-corporation");
        findsFirst("Hoi Hong Wai Si", "hikvision");
        assertThat(how(best("Wah Wai", PartyType.ORGANIZATION))).contains("read in Cantonese");
    }

    @Test
    void pinyinLegalFormsAndOrganisationWordsMeetTheirEnglishAndHanForms() {
        for (String other : List.of("Huawei Technologies Co., Ltd.", "华为技术有限公司", "華為技術有限公司")) {
            Screener.Comparison c = Screener.compare("Huawei Jishu Youxian Gongsi", other, PartyType.ORGANIZATION);
            assertThat(c.score()).as(other).isEqualTo(1.0);
        }
        assertThat(Screener.compare("Zhongxing Tongxun Gufen Youxian Gongsi", "中兴通讯股份有限公司",
                PartyType.ORGANIZATION).score()).isEqualTo(1.0);
        assertThat(Screener.compare("Haikang Weishi Shuzi Jishu", "海康威视数字技术", PartyType.ORGANIZATION).score())
                .isEqualTo(1.0);
    }

    private static Party org(String id, String name) {
        return Party.builder("test", id, PartyType.ORGANIZATION).name(Name.primary(name)).build();
    }

    private static Party person(String id, String name) {
        return Party.builder("test", id, PartyType.PERSON).name(Name.primary(name)).build();
    }

    @Test
    void initialsKeepMeetingInitials() {
        Screener s = Screener.builder().add("test@1", List.of(org("jpm", "J P MORGAN CHASE & CO"),
                org("abc", "A.B.C. TRADING LLC"), org("abc2", "A B C TRADING COMPANY"),
                person("tolkien", "TOLKIEN, J.R.R."), person("smith", "John A B Smith"))).build();
        assertThat(first(s, "J P Morgan Chase & Co", PartyType.UNKNOWN)).isEqualTo("jpm");
        assertThat(first(s, "J. P. Morgan Chase & Co", PartyType.ORGANIZATION)).isEqualTo("jpm");
        assertThat(found(s, "A B C Trading LLC", PartyType.ORGANIZATION)).contains("abc", "abc2");
        assertThat(found(s, "A.B.C. Trading Company", PartyType.UNKNOWN)).contains("abc", "abc2");
        assertThat(first(s, "J R R Tolkien", PartyType.PERSON)).isEqualTo("tolkien");
        assertThat(first(s, "J. R. R. Tolkien", PartyType.UNKNOWN)).isEqualTo("tolkien");
        assertThat(first(s, "John A. B. Smith", PartyType.PERSON)).isEqualTo("smith");
    }

    @Test
    void arabicAndHebrewNamesWithDirectionMarksMatchAsWithout() {
        Screener s = Screener.builder().add("test@1", List.of(
                person("usama", "\u0623\u0633\u0627\u0645\u0629 \u0628\u0646 \u0644\u0627\u062F\u0646"),
                org("qaida", "AL-QAIDA \u0627\u0644\u0642\u0627\u0639\u062F\u0629"),
                org("hebrew", "\u05D7\u05D1\u05E8\u05EA \u05D0\u05D1\u05D2 LTD"))).build();
        for (String[] q : new String[][] {
                {"\u0623\u0633\u0627\u0645\u0629 \u0628\u0646 \u0644\u0627\u062F\u0646",
                        "\u200F\u0623\u0633\u0627\u0645\u0629 \u0628\u0646 \u0644\u0627\u062F\u0646\u200F"},
                {"AL-QAIDA \u0627\u0644\u0642\u0627\u0639\u062F\u0629",
                        "AL-QAIDA \u2067\u0627\u0644\u0642\u0627\u0639\u062F\u0629\u2069\u200E"},
                {"\u05D7\u05D1\u05E8\u05EA \u05D0\u05D1\u05D2 LTD",
                        "\u202B\u05D7\u05D1\u05E8\u05EA \u05D0\u05D1\u05D2\u202C \u061CLTD"}}) {
            List<Match> plain = s.screen(ScreeningQuery.of(q[0]));
            List<Match> marked = s.screen(ScreeningQuery.of(q[1]));
            assertThat(plain).as(q[0]).isNotEmpty();
            assertThat(marked).as(q[1]).extracting(m -> m.party().sourceId() + " " + m.score())
                    .isEqualTo(plain.stream().map(m -> m.party().sourceId() + " " + m.score()).toList());
        }
    }

    private static String first(Screener s, String query, PartyType type) {
        List<Match> m = s.screen(ScreeningQuery.of(query, type));
        assertThat(m).as(query).isNotEmpty();
        return m.get(0).party().sourceId();
    }

    private static List<String> found(Screener s, String query, PartyType type) {
        return s.screen(ScreeningQuery.of(query, type)).stream().map(m -> m.party().sourceId()).toList();
    }
}
