package org.cordon.ingest.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.SharedData;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

/** The real UN Security Council Consolidated List in the shared data folder; skipped when it is absent. */
class UnConsolidatedRealFileTest {

    @Test
    void readsTheRealListWithItsOriginalScriptNames() throws Exception {
        ImportResult result = new UnConsolidatedImporter().read(SharedData.require("lists/un/2026-02-27/consolidated.xml"),
                ImportOptions.strict());

        assertThat(result.parties()).hasSize(1003);
        assertThat(result.publishedOn()).contains(LocalDate.of(2026, 2, 27));
        assertThat(result.parties()).extracting(Party::sourceId).doesNotHaveDuplicates();
        assertThat(result.parties()).filteredOn(p -> p.type() == PartyType.PERSON).hasSize(730);
        List<Name> originalScript = result.parties().stream().flatMap(p -> p.names().stream())
                .filter(n -> n.kind() == NameKind.ORIGINAL_SCRIPT).toList();
        assertThat(originalScript).hasSize(378);
        assertThat(originalScript).extracting(Name::script).contains("Arab", "Cyrl");

        Party saddam = result.parties().stream().filter(p -> p.sourceId().equals("IQi.001")).findFirst().orElseThrow();
        assertThat(saddam.primaryName().value()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
        assertThat(saddam.names()).contains(new Name("صدام حسين التكريتي", NameKind.ORIGINAL_SCRIPT, "Arab", ""));
        assertThat(saddam.designations().get(0).program()).isEqualTo("UN Iraq");
    }
}
