package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review flow through the API: a REVIEW opens a case, a reviewer works it and clears a false positive, the
 * same check is no longer held up by that match, and the suppression lapses once the listed entry changes.
 */
class ReviewFlowTest {

    @TempDir
    Path home;

    TestServer server;
    String screener;
    String reviewer;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(home);
        screener = server.key("screener");
        reviewer = server.key("reviewer");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String bundledList() throws Exception {
        try (InputStream in = ReviewFlowTest.class.getResourceAsStream("/org/cordon/lists/covered-telecom.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aClearedFalsePositiveIsSuppressedUntilTheListedEntryChanges() throws Exception {
        JsonNode first = server.post("/api/check", screener, BadInputTest.REVIEW_TX).expect(200).json();
        assertThat(first.path("outcome").asText()).isEqualTo("REVIEW");
        assertThat(first.path("cases")).hasSize(1);
        String caseId = first.path("cases").get(0).asText();

        JsonNode opened = server.get("/api/cases/" + caseId, reviewer).expect(200).json();
        assertThat(opened.path("case").path("partyId").asText()).isEqualTo("cordon-covered-telecom/hikvision");
        assertThat(opened.path("case").path("subject").asText()).contains("HIK Vision Digital Technology");
        assertThat(opened.path("decision").path("outcome").asText()).isEqualTo("REVIEW");
        assertThat(server.get("/api/cases", reviewer).expect(200).json().path("cases").findValuesAsText("id")).contains(caseId);

        server.post("/api/cases/" + caseId + "/assign", reviewer, Map.of("assignee", "bob")).expect(200);
        server.post("/api/cases/" + caseId + "/comment", reviewer, Map.of("text", "asked the seller for the maker's registration")).expect(200);
        JsonNode decided = server.post("/api/cases/" + caseId + "/decide", reviewer, Map.of("resolution", "false-positive",
                "reason", "HIK Vision Digital Technology is a Shenzhen reseller, registration 9144..., not Hikvision")).expect(200).json();
        assertThat(decided.path("status").asText()).isEqualToIgnoringCase("closed");
        assertThat(server.post("/api/cases/" + caseId + "/decide", reviewer, Map.of("resolution", "true-match", "reason", "again"))
                .status()).as("a closed case is not decided twice").isEqualTo(409);
        JsonNode detail = server.get("/api/cases/" + caseId, reviewer).expect(200).json();
        assertThat(detail.path("events").findValuesAsText("kind")).containsExactly("OPENED", "ASSIGNED", "COMMENTED", "DECIDED");
        assertThat(detail.path("suppressions")).hasSize(1);

        JsonNode second = server.post("/api/check", screener, BadInputTest.REVIEW_TX).expect(200).json();
        assertThat(second.path("outcome").asText()).isNotEqualTo("REVIEW");
        assertThat(second.path("cases")).isEmpty();
        assertThat(second.path("notes").toString()).contains("suppressed").contains("hikvision");

        // A new version of the bundled list in which the Hikvision entry has one more name.
        String changed = bundledList().replace("version: \"1.0\"", "version: \"1.1\"").replace(
                "      - {value: Hikvision, kind: aka}\n",
                "      - {value: Hikvision, kind: aka}\n      - {value: HIK Vision Digital, kind: aka}\n");
        TestServer.Answer imported = server.importList("curated", "covered-telecom.yaml", changed.getBytes(StandardCharsets.UTF_8), "")
                .expect(201);
        assertThat(imported.json().path("activated").asBoolean()).isTrue();
        assertThat(imported.json().path("info").path("version").asInt()).isEqualTo(2);
        JsonNode diff = server.get("/api/lists/cordon-covered-telecom/diff?from=1&to=2", screener).expect(200).json();
        assertThat(diff.toString()).contains("hikvision");

        JsonNode third = server.post("/api/check", screener, BadInputTest.REVIEW_TX).expect(200).json();
        assertThat(third.path("outcome").asText()).as("the suppression lapsed with the entry's change").isEqualTo("REVIEW");
        assertThat(third.path("listVersions").toString()).contains("cordon-covered-telecom@2");
        assertThat(third.path("notes").toString()).doesNotContain("suppressed");
        assertThat(third.path("cases")).hasSize(1);

        // Back to version 1: the entry is the one the reviewer saw, and the suppression holds again.
        server.post("/api/lists/cordon-covered-telecom/activate", server.adminKey, Map.of("version", 1)).expect(200);
        JsonNode fourth = server.post("/api/check", screener, BadInputTest.REVIEW_TX).expect(200).json();
        assertThat(fourth.path("outcome").asText()).isNotEqualTo("REVIEW");
        assertThat(fourth.path("listVersions").toString()).contains("cordon-covered-telecom@1");

        // Key changes are audited too.
        String keyId = server.post("/api/keys", server.adminKey, Map.of("role", "screener", "label", "temp")).expect(201)
                .json().path("key").path("id").asText();
        server.delete("/api/keys/" + keyId, server.adminKey).expect(200);

        JsonNode verify = server.get("/api/audit/verify", server.adminKey).expect(200).json();
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
        List<JsonNode> records = audit();
        List<String> actions = records.stream().map(r -> r.path("action").asText()).toList();
        assertThat(actions).contains("decision", "case.open", "case.assign", "case.comment", "case.decide", "list.import",
                "list.activate", "api-key.create", "api-key.revoke");
        assertThat(actions.stream().filter("decision"::equals).count()).isEqualTo(4);
        assertThat(records).filteredOn(r -> r.path("subject").asText().equals("case:" + caseId)).extracting(r -> r.path("action").asText())
                .containsExactly("case.open", "case.assign", "case.comment", "case.decide");
        assertThat(records).filteredOn(r -> r.path("action").asText().equals("decision"))
                .allMatch(r -> r.path("actor").asText().startsWith("key:") || !r.path("actor").asText().isBlank());
        JsonNode activation = records.stream().filter(r -> r.path("action").asText().equals("list.activate")).findFirst().orElseThrow();
        assertThat(activation.path("subject").asText()).isEqualTo("cordon-covered-telecom");
    }

    @Test
    void aReviewThatRestsOnNoListedEntryOpensACaseOnTheDecision() {
        // An export whose buyer is not given: a REVIEW for the export programs, but no listed entry is matched.
        ObjectNode tx = (ObjectNode) BadInputTest.parse(BadInputTest.RICH_TX);
        tx.putNull("buyer");
        JsonNode d = server.post("/api/check", screener, tx.toString()).expect(200).json();
        assertThat(d.path("outcome").asText()).as(d.toString()).isEqualTo("REVIEW");
        assertThat(d.path("cases")).isNotEmpty();
        for (JsonNode c : d.path("cases")) {
            server.post("/api/cases/" + c.asText() + "/decide", reviewer, Map.of("resolution", "false-positive",
                    "reason", "the buyer is a private company")).expect(200);
        }
        assertThat(server.get("/api/decisions/" + d.path("id").asText(), screener).expect(200).json().path("outcome").asText())
                .isEqualTo("REVIEW");
        assertThat(server.get("/api/audit/verify", server.adminKey).expect(200).json().path("ok").asBoolean()).isTrue();
    }

    private List<JsonNode> audit() {
        List<JsonNode> out = new ArrayList<>();
        long from = 1;
        while (true) {
            JsonNode page = server.get("/api/audit?limit=1000&from=" + from, server.adminKey).expect(200).json();
            page.path("records").forEach(out::add);
            if (page.path("records").size() < 1000) {
                return out;
            }
            from += 1000;
        }
    }
}
