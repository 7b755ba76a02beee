package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.server.TestLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path tx(String json) throws Exception {
        return Files.writeString(dir.resolve("tx.json"), json);
    }

    @Test
    void aZteExportInMay2018IsBlockedAndInAugustAllowed() throws Exception {
        String shipment = """
            {"type": "export", "date": "%s", "seller": {"name": "Acme Optics Inc.", "kind": "company", "country": "US"},
             "endUser": {"name": "ZTE Corporation", "kind": "company", "country": "CN"}}
            """;
        CliRun may = CliRun.run(dir, "check", tx(shipment.formatted("2018-05-01")).toString());
        assertThat(may.exitCode()).isEqualTo(1);
        JsonNode d = new ObjectMapper().readTree(may.out());
        assertThat(d.get("outcome").asText()).isEqualTo("BLOCK");
        assertThat(d.get("asOf").asText()).isEqualTo("2018-05-01");
        assertThat(d.get("programs").get(0).get("id").asText()).isEqualTo("bis-denial-orders");
        assertThat(d.get("programs").get(0).get("citation").asText()).contains("15 CFR 764.3");
        assertThat(d.get("findings").get(0).get("party").asText()).isEqualTo("cordon-covered-telecom/zte-corporation");
        assertThat(d.get("findings").get(0).get("listVersion").asText()).startsWith("cordon-covered-telecom@");
        assertThat(d.get("explanation").asText()).startsWith("BLOCK");

        CliRun august = CliRun.run(dir, "check", tx(shipment.formatted("2018-08-01")).toString());
        assertThat(august.exitCode()).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(august.out()).get("outcome").asText()).isEqualTo("ALLOW");
    }

    @Test
    void aNearMatchIsReviewAndTheReviewBandCanBeSetButNotBeyondTheThreshold() throws Exception {
        Path t = tx("""
            {"type": "procurement", "date": "2021-06-01", "use": "government-facility-security",
             "buyer": {"name": "Department of the Army", "kind": "federal-agency", "country": "US"},
             "items": [{"description": "IP camera", "manufacturer": "Hikvison Digitel"}]}
            """);
        CliRun review = CliRun.run(dir, "check", t.toString());
        assertThat(review.exitCode()).isEqualTo(1);
        JsonNode d = new ObjectMapper().readTree(review.out());
        assertThat(d.get("outcome").asText()).isEqualTo("REVIEW");
        assertThat(d.get("unresolved").get(0).get("kind").asText()).isEqualTo("near-match");
        assertThat(d.get("unresolved").get(0).get("candidates").get(0).get("party").asText()).endsWith("/hikvision");

        CliRun noBand = CliRun.run(dir, "check", "--review-floor", "0.80", t.toString());
        assertThat(new ObjectMapper().readTree(noBand.out()).get("unresolved").toString()).doesNotContain("near-match");

        CliRun bad = CliRun.run(dir, "check", "--review-floor", "0.9", t.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--review-floor");
    }

    @Test
    void aBadTransactionNamesTheFieldAndExitsTwo() throws Exception {
        CliRun run = CliRun.run(dir, "check", tx("{\"type\": \"procurement\", \"date\": \"2019-02-30\"}").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tx.json").contains("date").contains("not a date");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void textFormatShowsProgramsAndPaths() throws Exception {
        CliRun run = CliRun.run(dir, "check", "--format", "text", tx("""
            {"type": "subsidized-purchase", "date": "2020-09-01", "funding": "usf",
             "buyer": {"name": "Prairie Rural Telephone", "kind": "carrier", "country": "US"},
             "items": [{"description": "base stations", "manufacturer": "ZTE Kangxun Telecom Co., Ltd."}]}
            """).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("BLOCK as of 2020-09-01").contains("fcc-usf-54-9").contains("47 CFR 54.9")
                .contains("subsidiary_of");
    }

    @Test
    void aStoredListIsReadAsPublishedByTheTransactionsDate() throws Exception {
        java.nio.file.Path v1 = Files.writeString(dir.resolve("watch-1.yaml"), TestLists.watchList(1, "2024-01-01", "", false));
        java.nio.file.Path v2 = Files.writeString(dir.resolve("watch-2.yaml"), TestLists.watchList(2, "2024-06-01", "", true));
        assertThat(CliRun.run(dir, "lists", "import", "curated", v1.toString()).exitCode()).isEqualTo(0);
        assertThat(CliRun.run(dir, "lists", "import", "curated", v2.toString()).exitCode()).isEqualTo(0);
        String export = """
            {"type": "export", "date": "%s", "seller": {"name": "Acme Optics Inc.", "kind": "company", "country": "US"},
             "endUser": {"name": "Quartz Lantern Telecom Co.", "kind": "company", "country": "CN"}}
            """;
        CliRun march = CliRun.run(dir, "check", "--list", "stored:test-watch", tx(export.formatted("2024-03-01")).toString());
        JsonNode before = new ObjectMapper().readTree(march.out());
        assertThat(before.get("listVersions").toString()).contains("test-watch@1");
        assertThat(before.get("outcome").asText()).as("v1, current in March, does not list Quartz").isEqualTo("ALLOW");
        CliRun july = CliRun.run(dir, "check", "--list", "stored:test-watch", tx(export.formatted("2024-07-01")).toString());
        JsonNode after = new ObjectMapper().readTree(july.out());
        assertThat(after.get("listVersions").toString()).contains("test-watch@2");
        assertThat(after.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
    }

    @Test
    void programsListsEveryProgramWithItsVersions() {
        CliRun run = CliRun.run(dir, "programs");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("ndaa-889-part-a").contains("v2 from 2019-12-13").contains("ear-deemed-exports");
        CliRun one = CliRun.run(dir, "programs", "bis-entity-list");
        assertThat(one.out()).contains("Version 3, in force from 2020-08-17").contains("85 FR 51596");
        assertThat(CliRun.run(dir, "programs", "no-such").exitCode()).isEqualTo(2);
    }
}
