package org.cordon.policy.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CuratedTacReaderTest {

    @Test
    void theBundledFileHasTheHeaderAndNoRowsYet() throws Exception {
        TacFile bundled = CuratedTacReader.readBundled();

        assertThat(bundled.file()).isEqualTo("curated-tacs.csv");
        assertThat(bundled.models()).isEmpty();
        assertThat(bundled.problems()).isEmpty();
    }

    @Test
    void readsRowsWithTheirCitationAsSource_andSkipsComments() throws Exception {
        TacFile read = CuratedTacReader.strict().read(DeviceFixtures.path("curated-teltonika.csv"));

        assertThat(read.models()).hasSize(6).allSatisfy(m -> assertThat(m.brand()).isEqualTo("Teltonika"));
        assertThat(read.models().get(0)).isEqualTo(
                new DeviceModel("86875903", "Teltonika", "TCR100", "wiki.teltonika-networks.com (TCR100)"));
    }

    @Test
    void leniently_reportsRowsWithoutTacBrandOrSource_andKeepsAnEmptyModel() throws Exception {
        TacFile read = CuratedTacReader.lenient().read(DeviceFixtures.path("curated-with-problems.csv"));

        assertThat(read.models()).extracting(DeviceModel::tac, DeviceModel::model)
                .containsExactly(tuple("99000102", "AM-2 (relabelled EX-2 Pro)"), tuple("99000301", ""));
        assertThat(read.problems()).extracting(TacProblem::line, TacProblem::field).containsExactly(
                tuple(4L, "tac"), tuple(5L, "brand"), tuple(6L, "source"), tuple(7L, "model"));
        assertThat(read.problems().get(2).message()).contains("must say where its fact comes from");
    }

    @Test
    void strictly_failsOnTheSameRows() {
        assertThatThrownBy(() -> CuratedTacReader.strict().read(DeviceFixtures.path("curated-with-problems.csv")))
                .isInstanceOfSatisfying(TacFileException.class, e -> assertThat(e.problems()).hasSize(4));
    }

    @Test
    void anotherHeaderIsAnotherFormat() {
        assertThatThrownBy(() -> CuratedTacReader.lenient().read(DeviceFixtures.path("curated-wrong-header.csv")))
                .isInstanceOf(TacFileException.class)
                .hasMessageContaining("curated-wrong-header.csv:1:")
                .hasMessageContaining("the header must be tac,brand,model,source, not tac,maker,model,source");
    }

    @Test
    void aFileWithoutEvenAHeaderFails() {
        assertThatThrownBy(() -> CuratedTacReader.lenient().read(new StringReader("# only a comment\n"), "bare.csv"))
                .isInstanceOf(TacFileException.class).hasMessageContaining("the file has none");
    }
}
