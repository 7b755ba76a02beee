package org.cordon.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.cordon.ingest.SharedData;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.device.CuratedTacReader;
import org.cordon.policy.device.Imei;
import org.cordon.policy.device.OsmocomTacReader;
import org.cordon.policy.device.TacDirectory;
import org.cordon.policy.device.TacTable;
import org.cordon.policy.program.Outcome;
import org.junit.jupiter.api.Test;

/** Devices known only by IMEI: the TAC table names the maker, and the programs decide on it. */
class DeviceDecisionTest {

    /** A TAC made up for this test (not a real allocation), labelled as such. */
    private static final String TAC = "99000001";

    private static Decisions withTacs(TacTable table) {
        return Decisions.builder(BundledDecisions.listed()).devices(new TacDirectory(table)).build();
    }

    private static String imei(String tac) {
        String body = tac + "123456";
        return body + Imei.checkDigit(body);
    }

    @Test
    void anExchangeSaleOfAPhoneWhoseTacIsZteIsBlocked() throws Exception {
        TacTable tacs = TacTable.of(new CuratedTacReader(org.cordon.policy.device.TacReadMode.STRICT)
                .read(new StringReader("tac,brand,model,source\n" + TAC + ",ZTE,Blade test,test fixture\n"), "test.csv")
                .models());
        Decision sale = withTacs(tacs).check("""
            {"type": "retail-sale", "date": "2019-01-10", "venue": "military-exchange",
             "seller": {"name": "Fort Liberty Main Exchange", "kind": "exchange", "country": "US"},
             "items": [{"description": "smartphone", "imei": "%s"}]}
            """.formatted(imei(TAC)));
        assertThat(sale.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(sale.findings()).anySatisfy(f -> {
            assertThat(f.subject().role()).isEqualTo("device");
            assertThat(f.path().get(0).relation()).isEqualTo("made_by");
            assertThat(f.path().get(0).source()).contains("TAC " + TAC);
        });
    }

    @Test
    void anImeiWithAnUnknownTacNeedsReviewAtAnExchange() {
        Decision sale = BundledDecisions.decisions().check("""
            {"type": "retail-sale", "date": "2019-01-10", "venue": "military-exchange",
             "items": [{"description": "smartphone", "imei": "%s"}]}
            """.formatted(imei(TAC)));
        assertThat(sale.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(sale.notes()).anyMatch(n -> n.contains("not in the TAC table"));
    }

    @Test
    void aHuaweiTacFromTheOsmocomDatabaseGivesTheAdvisory() throws Exception {
        Path file = SharedData.require("devices/osmocom-tacdb-2018-06.csv");
        TacTable tacs = TacTable.of(OsmocomTacReader.lenient().read(file).models());
        Decision check = withTacs(tacs).check("""
            {"type": "device-check", "date": "2019-02-01", "items": [{"imei": "%s"}]}
            """.formatted(imei("35159603")));
        assertThat(check.outcome()).isEqualTo(Outcome.ADVISORY);
        assertThat(check.programs().get(0).id()).isEqualTo("dod-device-advisory");
        assertThat(check.findings()).anySatisfy(f -> assertThat(f.designatedSourceId()).isEqualTo("huawei-technologies"));
    }
}
