package org.cordon.policy.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmocomTacReaderTest {

    @Test
    void leniently_readsTheGoodRowsAndReportsEachBadOneWithFileLineAndField() throws Exception {
        TacFile read = OsmocomTacReader.lenient().read(DeviceFixtures.path("tacdb-small.csv"));

        assertThat(read.file()).isEqualTo("tacdb-small.csv");
        assertThat(read.models()).extracting(DeviceModel::tac)
                .containsExactly("99000101", "99000102", "99000106", "86000108");
        assertThat(read.problems()).extracting(TacProblem::line, TacProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "tac"),
                org.assertj.core.groups.Tuple.tuple(6L, "name (brand)"),
                org.assertj.core.groups.Tuple.tuple(7L, "aka"),
                org.assertj.core.groups.Tuple.tuple(9L, "tac"),
                org.assertj.core.groups.Tuple.tuple(10L, "tac"));
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("tacdb-small.csv"));
        assertThat(read.problems().get(0).message()).contains("'9900103'", "7 digits");
        assertThat(read.problems().get(1).message()).contains("brand is empty");
        assertThat(read.problems().get(2).message()).contains("expected 8 fields, found 7");
        assertThat(read.problems().get(3).message()).contains("also on line 8", "later row is used");
        assertThat(read.problems().get(4).message()).contains("'99O00107'");
        assertThat(read.problems().get(0)).hasToString("tacdb-small.csv:5: field 'tac': TAC '9900103' has 7 digits,"
                + " not 8 (leading zeros lost?)");
    }

    @Test
    void theFirstNameIsTheBrandTheSecondTheModel_trimmed_andAkaSplitOnCommas() throws Exception {
        TacFile read = OsmocomTacReader.lenient().read(DeviceFixtures.path("tacdb-small.csv"));

        DeviceModel ex2 = read.models().get(1);
        assertThat(ex2.brand()).isEqualTo("Examplephone");
        assertThat(ex2.model()).isEqualTo("EX-2 Pro");
        assertThat(ex2.aka()).containsExactly("EX2P", "EX-2P", "EX2 Pro Max");
        assertThat(ex2.source()).isEqualTo("tacdb-small.csv:4");
        assertThat(read.models().get(0).aka()).isEmpty();
        assertThat(read.models().get(3).tac()).isEqualTo("86000108");
    }

    @Test
    void aRepeatedTacKeepsItsLaterRow() throws Exception {
        TacFile read = OsmocomTacReader.lenient().read(DeviceFixtures.path("tacdb-small.csv"));

        assertThat(read.models()).filteredOn(m -> m.tac().equals("99000106")).singleElement()
                .extracting(DeviceModel::model).isEqualTo("AM-6b");
    }

    @Test
    void theCopyrightLineIsKeptAsTheAttribution() throws Exception {
        TacFile read = OsmocomTacReader.lenient().read(DeviceFixtures.path("tacdb-small.csv"));

        assertThat(read.attribution()).startsWith("Example TAC list for tests");
    }

    @Test
    void strictly_failsWithEveryBadRow() {
        TacFileException e = catchThrowableOfType(TacFileException.class,
                () -> OsmocomTacReader.strict().read(DeviceFixtures.path("tacdb-small.csv")));

        assertThat(e.problems()).hasSize(5);
        assertThat(e.getMessage()).contains("tacdb-small.csv:5: field 'tac'", "tacdb-small.csv:10: field 'tac'");
    }

    @Test
    void strictly_aCleanFileReads() throws Exception {
        TacFile read = OsmocomTacReader.strict().read(DeviceFixtures.path("tacdb-no-copyright-line.csv"));

        assertThat(read.models()).singleElement().extracting(DeviceModel::model).isEqualTo("EX-20");
        assertThat(read.attribution()).isEmpty();
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void aFileOfAnotherFormatFailsInEitherMode() {
        for (OsmocomTacReader reader : new OsmocomTacReader[] {OsmocomTacReader.lenient(), OsmocomTacReader.strict()}) {
            assertThatThrownBy(() -> reader.read(DeviceFixtures.path("not-tacdb.csv")))
                    .isInstanceOf(TacFileException.class)
                    .hasMessageContaining("not-tacdb.csv: not an Osmocom tacdb file");
        }
    }

    @Test
    void anEmptyFileIsNotATacdbFile() {
        assertThatThrownBy(() -> OsmocomTacReader.lenient().read(new StringReader(""), "empty.csv"))
                .isInstanceOf(TacFileException.class).hasMessageContaining("not an Osmocom tacdb file");
    }

    @Test
    void textInAnotherEncodingFailsInsteadOfReadingGarbled(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, ("tac,name,name,contributor,comment,gsmarena,gsmarena,aka\n99000401,Caf\u00e9fone,X,K\u00e9vin,,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> OsmocomTacReader.lenient().read(latin1))
                .isInstanceOf(TacFileException.class).hasMessageContaining("not UTF-8 text");
    }

    @Test
    void anUnclosedQuoteStopsTheReadAtItsLine() {
        String text = "tac,name,name,contributor,comment,gsmarena,gsmarena,aka\n99000501,A,B,,,,,\n99000502,\"A,B,,,,,\n";

        assertThatThrownBy(() -> OsmocomTacReader.lenient().read(new StringReader(text), "cut.csv"))
                .isInstanceOf(TacFileException.class).hasMessageContaining("cut.csv:3");
    }

    @Test
    void aMissingFileIsReportedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> OsmocomTacReader.lenient().read(dir.resolve("absent.csv")))
                .isInstanceOf(TacFileException.class).hasMessageStartingWith("absent.csv: cannot read the file");
    }
}
