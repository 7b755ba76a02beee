package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenRefine's reconciliation protocol, the replay of a decision, and what Prometheus scrapes. */
class ReconcileAndMetricsTest {

    @TempDir
    Path home;

    @Test
    void openRefineReconcilesASupplierColumnWithTheKeyInTheUrl() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String key = server.key("screener");
            JsonNode manifest = server.get("/reconcile?key=" + key, null).expect(200).json();
            assertThat(manifest.path("versions").get(0).asText()).isEqualTo("0.2");
            assertThat(manifest.path("defaultTypes").findValuesAsText("id")).contains("organization", "person");
            assertThat(manifest.path("view").path("url").asText()).contains("{{id}}").doesNotContain(key).doesNotContain("key=");

            String queries = "{\"q0\": {\"query\": \"华为技术有限公司\", \"type\": \"organization\"},"
                    + " \"q1\": {\"query\": \"Zhejiang Dahua\", \"properties\": [{\"pid\": \"country\", \"v\": \"CN\"}]},"
                    + " \"q2\": {\"query\": \"Blue Harbor Software GmbH\"}}";
            // OpenRefine posts the queries as a form field.
            TestServer.Answer a = server.send("POST", "/reconcile?key=" + key, null,
                    ("queries=" + TestServer.q(queries)).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            JsonNode r = a.expect(200).json();
            JsonNode first = r.path("q0").path("result").get(0);
            assertThat(first.path("id").asText()).isEqualTo("cordon-covered-telecom:huawei-technologies");
            assertThat(first.path("match").asBoolean()).isTrue();
            assertThat(first.path("score").asDouble()).isEqualTo(100.0);
            assertThat(r.path("q1").path("result").get(0).path("id").asText()).isEqualTo("cordon-covered-telecom:dahua");
            assertThat(r.path("q2").path("result").findValuesAsText("match")).doesNotContain("true");

            JsonNode entity = server.get("/reconcile/entity/cordon-covered-telecom:huawei-technologies?key=" + key, null)
                    .expect(200).json();
            assertThat(entity.path("sourceId").asText()).isEqualTo("huawei-technologies");
            server.get("/reconcile/entity/nowhere:nothing?key=" + key, null).expect(404);
            server.get("/reconcile", null).expect(401);
        }
    }

    @Test
    void aReplayShowsWhatTodaysListsWouldChangeAndMetricsCountTheDecisions() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String key = server.key("screener");
            String tx = "{\"type\": \"export\", \"date\": \"2018-05-01\", \"endUser\": {\"name\": \"ZTE Corporation\", \"kind\": \"company\"}}";
            String id = server.post("/api/check", key, tx).expect(200).text("id");
            JsonNode replay = server.post("/api/decisions/" + id + "/replay", key, "").expect(200).json();
            assertThat(replay.path("changed").asBoolean()).as("same lists, same rules: nothing changes").isFalse();
            assertThat(replay.path("now").path("outcome").asText()).isEqualTo("BLOCK");

            String metrics = server.get("/metrics", server.adminKey).expect(200).body();
            assertThat(metrics).contains("cordon_decisions_total{outcome=\"BLOCK\"} 1.0")
                    .contains("cordon_list_active_version{list=\"cordon-covered-telecom\"} 1.0")
                    .contains("cordon_http_request_seconds_bucket{method=\"POST\",route=\"/api/check\"");
            server.get("/metrics", key).expect(403);
            assertThat(server.get("/health", null).expect(200).json().path("listVersions").get(0).asText())
                    .isEqualTo("cordon-covered-telecom@1");
        }
    }
}
