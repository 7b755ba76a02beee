package org.cordon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class UniqueSourceIdsTest {

    @Test
    void qualifiesOnlyTheIdsThatRepeat() {
        UniqueSourceIds ids = new UniqueSourceIds();
        ids.add(party("17014"), "SSI");
        ids.add(party("30882"), "CMIC");
        ids.add(party("17014"), "NS-MBS-List");
        ids.add(party("9659"), "PLC");
        ids.add(party("9659"), "PLC");

        assertThat(ids.parties()).extracting(Party::sourceId)
                .containsExactly("17014-SSI", "30882", "17014-NS-MBS-List", "9659-PLC", "9659-PLC-2");
    }

    @Property
    void everyPartyEndsWithAnIdNoOtherHasAndUnrepeatedIdsStayAsTheyAre(
            @ForAll @Size(max = 40) List<@IntRange(max = 6) Integer> idNumbers,
            @ForAll @Size(max = 40) List<@IntRange(max = 2) Integer> qualifierNumbers) {
        UniqueSourceIds ids = new UniqueSourceIds();
        for (int i = 0; i < idNumbers.size(); i++) {
            // "1-q0" as a natural id can collide with "1" qualified by "q0": the ids must still come out unique.
            String id = i % 5 == 4 ? idNumbers.get(i) + "-q0" : String.valueOf(idNumbers.get(i));
            int q = qualifierNumbers.isEmpty() ? 0 : qualifierNumbers.get(i % qualifierNumbers.size());
            ids.add(party(id), "q" + q);
        }
        List<Party> out = ids.parties();
        List<String> in = out.stream().map(p -> p.names().get(0).value()).toList();
        Map<String, Long> counts = in.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(out).extracting(Party::sourceId).doesNotHaveDuplicates().hasSize(idNumbers.size());
        for (int i = 0; i < out.size(); i++) {
            if (counts.get(in.get(i)) == 1) {
                assertThat(out.get(i).sourceId()).isEqualTo(in.get(i));
            } else {
                assertThat(out.get(i).sourceId()).startsWith(in.get(i) + "-");
            }
        }
    }

    /** The original id is kept as the name, to check what became of it. */
    private static Party party(String id) {
        return Party.builder("test", id, PartyType.UNKNOWN).name(Name.primary(id)).build();
    }
}
