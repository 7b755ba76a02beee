package org.cordon.policy.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Osmocom tacdb export of June 2018 in the shared data folder; skipped when it is absent. */
class OsmocomTacdbRealFileTest {

    private static final String FILE = "devices/osmocom-tacdb-2018-06.csv";
    private static TacFile read;

    @BeforeAll
    static void readOnce() throws Exception {
        Path path = SharedData.require(FILE);
        read = OsmocomTacReader.lenient().read(path);
    }

    @Test
    void holds98HuaweiAnd77ZteRows() {
        assertThat(read.models()).filteredOn(m -> m.brand().equals("Huawei")).hasSize(98);
        assertThat(read.models()).filteredOn(m -> m.brand().equals("ZTE")).hasSize(77);
    }

    @Test
    void aHuaweiTacFromTheFileMapsToHuawei() {
        TacTable table = TacTable.of(read.models());
        String body = "35159603" + "000001";

        assertThat(table.lookup(Imei.parse(body + Imei.checkDigit(body))))
                .get().satisfies(m -> {
                    assertThat(m.brand()).isEqualTo("Huawei");
                    assertThat(m.model()).isEqualTo("E160");
                    assertThat(m.source()).isEqualTo("osmocom-tacdb-2018-06.csv:19542");
                });
    }

    @Test
    void reportsTheRowsItCannotUse() {
        // 779 TACs of 7 digits and one of 6 (leading zeros lost, Apple's 01... TACs mostly), and 3 TACs written
        // twice, once with a leading space.
        assertThat(read.problems()).filteredOn(p -> p.message().contains("leading zeros lost")).hasSize(780);
        assertThat(read.problems()).filteredOn(p -> p.message().contains("later row is used")).hasSize(3);
        assertThat(read.problems()).hasSize(783).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("osmocom-tacdb-2018-06.csv");
            assertThat(p.line()).isGreaterThan(2);
            assertThat(p.field()).isEqualTo("tac");
        });
        assertThat(read.models()).hasSize(25_175 - 780 - 3);
    }

    @Test
    void brandsAreTrimmed_andTheLicenceLineIsKept() {
        assertThat(read.models()).allSatisfy(m -> assertThat(m.brand()).isEqualTo(m.brand().strip()).isNotEmpty());
        assertThat(read.attribution()).isEqualTo("Osmocom TAC database under CC-BY-SA v3.0 (c) Harald Welte 2016");
    }

    @Test
    void tacsBeginningWith86BelongToMakersOfManyCountries() {
        // The reporting body 86 (China's TAF) allocated these to Nokia and Alcatel devices too.
        assertThat(read.models()).filteredOn(m -> m.tac().startsWith("86")).extracting(DeviceModel::brand)
                .contains("Huawei", "ZTE", "Nokia", "Alcatel");
    }

    @Test
    void curatedRowsAddTacsThePublicDatabaseLacks() throws Exception {
        TacFile teltonika = CuratedTacReader.strict().read(DeviceFixtures.path("curated-teltonika.csv"));
        TacTable table = TacTable.layered(List.of(read.models(), teltonika.models()));

        assertThat(TacTable.of(read.models()).lookup(Imei.parse("86875903"))).isEmpty();
        assertThat(table.lookup(Imei.parse("86875903"))).get().extracting(DeviceModel::brand).isEqualTo("Teltonika");
    }

    @Test
    void strictly_theFileFails() {
        assertThatThrownBy(() -> OsmocomTacReader.strict().read(SharedData.require(FILE)))
                .isInstanceOfSatisfying(TacFileException.class, e -> assertThat(e.problems()).hasSize(783));
    }
}
