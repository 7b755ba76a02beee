package org.cordon.policy.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TacTableTest {

    private static final DeviceModel EX1 = new DeviceModel("99000101", "Examplephone", "EX-1", "a");
    private static final DeviceModel EX2 = new DeviceModel("99000102", "Examplephone", "EX-2", "a");
    private static final DeviceModel AM2 = new DeviceModel("99000102", "Acme Mobile", "AM-2", "b");

    @Test
    void findsTheModelOfAnImeiAnImeisvOrATac() {
        TacTable table = TacTable.of(List.of(EX1));
        String body = "99000101" + "123456";

        assertThat(table.lookup(Imei.parse(body + Imei.checkDigit(body)))).contains(EX1);
        assertThat(table.lookup(Imei.parse(body + "07"))).contains(EX1);
        assertThat(table.lookup(Imei.parse("99000101"))).contains(EX1);
        assertThat(table.lookup(Imei.parse("99000102"))).isEmpty();
    }

    @Test
    void aLaterSourceOverridesAnEarlierOneForTheSameTac() {
        TacTable layered = TacTable.layered(List.of(List.of(EX1, EX2), List.of(AM2)));
        TacTable overridden = TacTable.of(List.of(EX1, EX2)).overriddenBy(List.of(AM2));

        for (TacTable table : List.of(layered, overridden)) {
            assertThat(table.size()).isEqualTo(2);
            assertThat(table.lookup(Imei.parse("99000102"))).contains(AM2);
            assertThat(table.lookup(Imei.parse("99000101"))).contains(EX1);
        }
    }

    @Test
    void overridingLeavesTheOriginalTableAsItWas() {
        TacTable original = TacTable.of(List.of(EX2));

        original.overriddenBy(List.of(AM2, EX1));

        assertThat(original.size()).isEqualTo(1);
        assertThat(original.lookup(Imei.parse("99000102"))).contains(EX2);
    }

    @Test
    void curatedRowsCorrectAPublicDatabaseRow() throws Exception {
        TacFile publicDb = OsmocomTacReader.lenient().read(DeviceFixtures.path("tacdb-small.csv"));
        TacFile curated = CuratedTacReader.lenient().read(DeviceFixtures.path("curated-with-problems.csv"));

        TacTable table = TacTable.layered(List.of(publicDb.models(), curated.models()));

        assertThat(table.lookup(Imei.parse("99000102")).map(DeviceModel::brand)).contains("Acme Mobile");
        assertThat(table.lookup(Imei.parse("99000101")).map(DeviceModel::brand)).contains("Examplephone");
        assertThat(table.lookup(Imei.parse("99000301")).map(DeviceModel::brand)).contains("Acme Mobile");
    }

    /**
     * programs.md section 7: the first two digits of a TAC name the allocating body, not the maker. 86 is China's
     * TAF, yet Lithuanian Teltonika devices carry TACs beginning with 86.
     */
    @Test
    void aTacBeginningWith86IsNotEvidenceOfAChineseMaker() throws Exception {
        TacTable table = TacTable.of(CuratedTacReader.strict().read(DeviceFixtures.path("curated-teltonika.csv")).models());

        for (String tac : List.of("86875903", "86839004", "86133005", "86107502", "86706003", "86440304")) {
            assertThat(table.lookup(Imei.parse(tac))).get().extracting(DeviceModel::brand).isEqualTo("Teltonika");
        }
        // A TAC no source knows stays unknown, whatever its allocating body: no maker is read from the digits.
        assertThat(table.lookup(Imei.parse("86000000"))).isEmpty();
        assertThat(TacTable.empty().lookup(Imei.parse("86875903"))).isEmpty();
    }

    @Test
    void aModelNeedsAnEightDigitTacAndABrand() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DeviceModel("8687590", "Teltonika", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 digits");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DeviceModel("86875903", " ", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no brand");
    }
}
