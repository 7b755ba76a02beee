package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.score.Names;
import org.junit.jupiter.api.Test;

class TrigramIndexTest {

    static final List<AnalyzedName> NAMES = List.of(
            Names.of("huawei technology+ ltd!"),     // 0
            Names.of("huawei device ltd!"),           // 1
            Names.of("zte corporation!"),             // 2
            Names.of("banco nacional de~ cuba"),      // 3
            Names.of("al~ qaida"),                    // 4
            Names.of("international+ trading+"),      // 5
            Names.of("hangzhou hikvision digital technology+ ltd!")); // 6

    final TrigramIndex index = TrigramIndex.build(NAMES);

    @Test
    void findsNamesSharingTrigramsBestFirst() {
        assertThat(index.candidates(Names.of("huawei technology+"), 2)).containsExactly(0, 1);
        assertThat(index.candidates(Names.of("hikvision"), 1)).containsExactly(6);
        assertThat(index.candidates(Names.of("huawai"), 2)).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void wordOrderDoesNotHideAName() {
        TrigramIndex persons = TrigramIndex.build(List.of(Names.of("jin yu"), Names.of("jinan yuan"), Names.of("yuji nakamura")));
        assertThat(persons.candidates(Names.of("yu jin"), 1)).containsExactly(0);
    }

    @Test
    void spacingDoesNotMatter() {
        assertThat(index.candidates(Names.of("alqaida"), 1)).containsExactly(4);
        assertThat(index.candidates(Names.of("hua wei"), 2)).contains(0, 1);
    }

    @Test
    void legalFormsAreNotKeysButOrganisationWordsAre() {
        assertThat(TrigramIndex.key(Names.of("zte corporation!"))).isEqualTo("zte");
        assertThat(TrigramIndex.key(Names.of("ghs technology+ ltd!"))).isEqualTo("ghstechnology");
        assertThat(TrigramIndex.key(Names.of("international+ trading+"))).isEqualTo("internationaltrading");
        assertThat(index.candidates(Names.of("ltd!"), 5)).isEmpty();
    }

    @Test
    void findsNothingForUnrelatedNames() {
        assertThat(index.candidates(Names.of("qqq"), 5)).isEmpty();
    }
}
