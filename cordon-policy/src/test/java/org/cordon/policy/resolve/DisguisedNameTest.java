package org.cordon.policy.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class DisguisedNameTest {

    private static final DisguisedName DISGUISED = new DisguisedName(NameAnalyzer.standard());

    @Test
    void theReportedDisguisesAreSeen() {
        assertThat(DISGUISED.inspect("\u202eiewauH\u202c", PartyType.ORGANIZATION)).anyMatch(s -> s.contains("bidirectional"));
        assertThat(DISGUISED.inspect("H u a w e i", PartyType.ORGANIZATION)).anyMatch(s -> s.contains("spaced"));
        assertThat(DISGUISED.inspect("Hu\u200Bawei", PartyType.ORGANIZATION)).anyMatch(s -> s.contains("invisible"));
        assertThat(DISGUISED.inspect("Hu\u0430wei Technologies", PartyType.ORGANIZATION)).anyMatch(s -> s.contains("another script"));
        assertThat(DISGUISED.inspect("Hua\u0301\u0302\u0303wei", PartyType.ORGANIZATION)).anyMatch(s -> s.contains("combining"));
    }

    @Test
    void ordinaryNamesInAnyScriptAreNotDisguised() {
        for (String name : List.of("Huawei Technologies Co., Ltd.", "华为技术有限公司", "АО «Лаборатория Касперского»",
                "J. P. Morgan", "A B C Trading", "Hikvision 海康威视", "شركة الاتصالات السعودية", "ZTE Corp.",
                "Société Générale", "Nguyễn Văn A", "מוטורולה סולושנס", "X.Y.Z. Holdings")) {
            assertThat(DISGUISED.inspect(name, PartyType.ORGANIZATION)).as(name).isEmpty();
        }
    }

    @Property
    void aWordWrittenBackwardsUnderARightToLeftOverrideIsSeen(@ForAll("words") String word) {
        String disguised = "\u202e" + new StringBuilder(word).reverse() + "\u202c";
        assertThat(DISGUISED.inspect(disguised, PartyType.ORGANIZATION)).isNotEmpty();
    }

    @Property
    void aWordSpelledOutLetterByLetterIsSeen(@ForAll("words") String word) {
        String spaced = String.join(" ", word.split(""));
        assertThat(DISGUISED.inspect(spaced, PartyType.ORGANIZATION)).isNotEmpty();
    }

    @Property
    void aZeroWidthSpaceInsideAWordIsSeen(@ForAll("words") String word) {
        String broken = word.substring(0, 2) + "\u200B" + word.substring(2);
        assertThat(DISGUISED.inspect(broken, PartyType.ORGANIZATION)).isNotEmpty();
    }

    @Property
    void inspectionNeverFails(@ForAll String anything) {
        assertThat(DISGUISED.inspect(anything, PartyType.UNKNOWN)).isNotNull();
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(12)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
}
