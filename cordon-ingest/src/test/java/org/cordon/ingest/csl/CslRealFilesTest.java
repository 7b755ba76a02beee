package org.cordon.ingest.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.SharedData;
import org.cordon.model.Country;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

/** The real CSL files in the shared data folder; skipped when it is absent. */
class CslRealFilesTest {

    private final CslImporter importer = new CslImporter();

    /**
     * The 2023-11 file repeats its header and ends in the middle of its last entry (a quoted address cut off).
     * Strict import refuses it; lenient import reads the 4,226 complete entries and reports the cut-off one.
     */
    @Test
    void the2023ReleaseIsCutOffInItsLastEntry() {
        Path file = SharedData.require("lists/trade-gov-csl/2023-11/consolidated.csv");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("consolidated.csv");
                    assertThat(p.line()).isEqualTo(4233);
                    assertThat(p.message()).contains("cut off");
                }));
    }

    @Test
    void readsThe2023ReleaseLeniently() throws Exception {
        ImportResult result = importer.read(SharedData.require("lists/trade-gov-csl/2023-11/consolidated.csv"),
                ImportOptions.lenient());

        assertThat(result.parties()).hasSize(4226);
        assertThat(result.skipped()).extracting(ImportProblem::line).containsExactly(4233L);
        assertThat(result.parties()).extracting(Party::sourceId).doesNotHaveDuplicates().doesNotContain("_id");
        assertThat(result.parties()).filteredOn(p -> p.designations().get(0).program().startsWith("Entity List (EL)"))
                .hasSize(919);

        Party telecom = CslImporterTest.byId(result, "30882");
        assertThat(telecom.primaryName().value()).isEqualTo("China Telecom Corporation Limited");
        assertThat(telecom.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(telecom.identifiers()).contains(new Identifier(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE,
                "Unified Social Credit Code (USCC)", "9111000071093019X7", Optional.of(Country.of("CN"))));
        assertThat(telecom.designations().get(0).note()).contains("Listing Date (CMIC): 2021-06-03");

        // One OFAC entity on two OFAC sub-lists keeps one _id in the CSL: both parties stay, told apart.
        assertThat(result.parties()).extracting(Party::sourceId).contains("17014-SSI", "17014-NS-MBS-List");
        assertThat(CslImporterTest.byId(result, "17014-SSI").designations().get(0).sourceRecord()).isEqualTo("17014");
    }

    @Test
    void readsThe2025Sample() throws Exception {
        ImportResult result = importer.read(SharedData.require("lists/trade-gov-csl/2025-06/consolidated.csv"),
                ImportOptions.strict());

        assertThat(result.parties()).hasSize(13);
        Party rosneft = CslImporterTest.byId(result, "18300");
        assertThat(rosneft.primaryName().value()).isEqualTo("ROSNEFT TRADE LIMITED");
        assertThat(rosneft.identifiers()).extracting(Identifier::type, Identifier::value)
                .contains(tuple(IdentifierType.REGISTRATION_NUMBER, "C122790"),
                        tuple(IdentifierType.EMAIL, "hrm@rosneft-sh.com.cy"));
    }
}
