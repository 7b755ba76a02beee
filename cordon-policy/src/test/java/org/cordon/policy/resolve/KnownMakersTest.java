package org.cordon.policy.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class KnownMakersTest {

    private static final KnownMakers BUNDLED = KnownMakers.bundled();

    @Test
    void aMakerIsKnownByTheStartOfItsNameWhateverItsLegalForm() {
        assertThat(BUNDLED.lookup("Cisco Systems, Inc.")).map(KnownMakers.Maker::brand).contains("Cisco");
        assertThat(BUNDLED.lookup("SAMSUNG ELECTRONICS CO., LTD.")).map(KnownMakers.Maker::brand).contains("Samsung");
        assertThat(BUNDLED.lookup("Motorola Solutions, Inc.")).map(KnownMakers.Maker::brand).contains("Motorola Solutions");
        assertThat(BUNDLED.lookup("Axis Communications AB")).isPresent();
    }

    @Test
    void aNameThatOnlyContainsAKnownWordIsNotKnown() {
        assertThat(BUNDLED.lookup("Shenzhen Apple Trading Co., Ltd.")).isEmpty();
        assertThat(BUNDLED.lookup("Zorvex")).isEmpty();
        assertThat(BUNDLED.lookup("")).isEmpty();
        assertThat(BUNDLED.lookup("Co., Ltd.")).isEmpty();
    }

    @Test
    void noCoveredCompanyIsAKnownMaker() {
        for (String covered : new String[] {"Huawei Technologies Co., Ltd.", "ZTE Corporation", "Hytera Communications",
                "Hangzhou Hikvision Digital Technology", "Zhejiang Dahua Technology", "AO Kaspersky Lab", "Honor Device",
                "EZVIZ", "Lorex Technology", "Futurewei Technologies"}) {
            assertThat(BUNDLED.lookup(covered)).as(covered).isEmpty();
        }
    }

    @Test
    void aBadRowFailsNamingItsLineAndField() {
        assertThatThrownBy(() -> KnownMakers.read(reader("brand,names,country,source\nAcme,acme,US,\n"), "makers.csv"))
                .hasMessageContaining("makers.csv:2").hasMessageContaining("'source'");
        assertThatThrownBy(() -> KnownMakers.read(reader("brand,names,country,source\nAcme,ltd,US,x\n"), "makers.csv"))
                .hasMessageContaining("makers.csv:2").hasMessageContaining("'names'");
        assertThatThrownBy(() -> KnownMakers.read(reader("brand,names,country,source\nAcme,acme,US\n"), "makers.csv"))
                .hasMessageContaining("4 fields");
    }

    /** Every citation names an assignment the IEEE registry (Debian's ieee-data) has, to the organisation cited. */
    @Test
    void everyCitationIsInTheIeeeRegistry() throws IOException {
        Path oui = Path.of("/usr/share/ieee-data/oui.csv");
        assumeTrue(Files.isReadable(oui), "the IEEE registry (Debian package ieee-data) is not installed");
        Map<String, String> registered = new HashMap<>();
        try (Reader in = Files.newBufferedReader(oui)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                registered.put(r.get(1), r.get(2).strip());
            }
        }
        Pattern cited = Pattern.compile("IEEE MA-L registry: (.+) \\(([0-9A-F]{6})\\)");
        assertThat(BUNDLED.all()).hasSizeGreaterThanOrEqualTo(100);
        for (KnownMakers.Maker m : BUNDLED.all()) {
            Matcher x = cited.matcher(m.source());
            assertThat(x.matches()).as(m.brand() + ": " + m.source()).isTrue();
            assertThat(registered.get(x.group(2))).as(m.brand() + " " + x.group(2)).isEqualTo(x.group(1));
        }
    }

    private static Reader reader(String s) {
        return new StringReader(s);
    }
}
