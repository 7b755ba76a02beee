package org.cordon.ingest.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.SharedData;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

/** The real BIS Denied Persons List in the shared data folder; skipped when it is absent. */
class DeniedPersonsRealFileTest {

    @Test
    void readsEveryRowOfTheRealList() throws Exception {
        ImportResult result = new DeniedPersonsImporter().read(SharedData.require("lists/bis-dpl/2023-11/dpl.txt"),
                ImportOptions.strict());

        assertThat(result.parties()).hasSize(665);
        assertThat(result.parties()).extracting(Party::sourceId).doesNotHaveDuplicates();
        assertThat(result.parties()).allSatisfy(p -> {
            assertThat(p.primaryName().value()).isEqualTo(p.primaryName().value().strip());
            assertThat(p.designations().get(0).listedOn()).isPresent();
        });
        assertThat(result.parties()).filteredOn(p -> p.type() == PartyType.ORGANIZATION)
                .extracting(p -> p.primaryName().value()).contains("AIR FREIGHT LTD", "PJSC AEROFLOT")
                .doesNotContain("I. ASH", "ZIMO SHENG");

        Party ash = result.parties().get(0);
        assertThat(ash.primaryName().value()).isEqualTo("I. ASH");
        assertThat(ash.designations().get(0).listedOn()).contains(LocalDate.of(2003, 6, 19));
        assertThat(ash.designations().get(0).expiresOn()).contains(LocalDate.of(2056, 6, 29));
    }
}
